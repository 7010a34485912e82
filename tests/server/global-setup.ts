/** Builds the app once (when stale) for every server suite; each file starts its own server (test-server.ts). */
import { buildIfNeeded } from "@/scripts/build-if-needed";

export default function setup() {
  buildIfNeeded();
}
