import path from "node:path";

/** Built by `npm run geo:build` from geo/sources/ and committed; read by the server. */
export const GEO_DATA_DIR = path.join(process.cwd(), "geo", "data");
export const REGIONS_FILE = "regions.geojson";
/** The Türkiye–Syria boundary and the 1974 ceasefire line, for distance facts. */
export const REFERENCE_LINES_FILE = "reference-lines.geojson";
/** Points for vague areas ("northern Syria"), see geo/area-places.ts. */
export const AREA_PLACES_FILE = "area-places.json";
