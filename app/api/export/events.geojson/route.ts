import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { eventsForExport } from "@/db/queries/export";
import { download, exportFilters } from "../download";

/** GET /api/export/events.geojson?<filters> → the filtered events as a GeoJSON file, with quotes and sources. */
export function GET(request: NextRequest) {
  const parsed = exportFilters(request);
  if (!parsed.ok) return parsed.response;
  const features = eventsForExport(getDb(), parsed.filters).map(({ lat, lon, ...properties }) => ({
    type: "Feature" as const,
    id: properties.id,
    geometry: { type: "Point" as const, coordinates: [lon, lat] },
    properties,
  }));
  return download(JSON.stringify({ type: "FeatureCollection", features }), "application/geo+json", "geobrief-events", "geojson");
}
