import { getDb } from "@/db/client";
import { listRegions } from "@/db/queries/regions";
import { respondWith } from "../respond";

// Reads the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** GET /api/regions → the current version of every region, as a GeoJSON FeatureCollection. */
export function GET() {
  return respondWith(() => ({ type: "FeatureCollection", features: listRegions(getDb()) }));
}
