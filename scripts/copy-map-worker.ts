/**
 * MapLibre's worker breaks once bundled, so it is served as a static file instead
 * (docs/architecture.md, "Stack notes"); run before every build and dev server (npm's prebuild/predev hooks).
 */
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const source = path.join(path.dirname(require.resolve("maplibre-gl/package.json")), "dist", "maplibre-gl-worker.mjs");
copyFileSync(source, path.join(process.cwd(), "public", "maplibre-gl-worker.mjs"));
