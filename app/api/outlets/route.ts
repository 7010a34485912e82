import { getDb } from "@/db/client";
import { listOutlets } from "@/db/queries/outlets";
import { respondWith } from "../respond";

/** GET /api/outlets → every outlet (name, domain, grade A–F, who graded it, articles stored), by name. */
export function GET() {
  return respondWith(() => ({ outlets: listOutlets(getDb()) }));
}
