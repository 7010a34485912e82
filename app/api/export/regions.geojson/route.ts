import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { isRegionVisible } from "@/lib/event-filters";
import { listRegions } from "@/db/queries/region-versions";
import { download, exportFilters } from "../download";

/** GET /api/export/regions.geojson?<filters> → the regions shown under these filters, with basis and sources. */
export function GET(request: NextRequest) {
  const parsed = exportFilters(request);
  if (!parsed.ok) return parsed.response;
  const features = listRegions(getDb()).filter(({ properties }) => isRegionVisible(parsed.filters, properties.controllingActor));
  return download(JSON.stringify({ type: "FeatureCollection", features }), "application/geo+json", "geobrief-regions", "geojson");
}
