import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { eventsForExport } from "@/db/queries/export";
import { exportFilters, streamedDownload } from "../download";

/** GET /api/export/events.geojson?<filters> → the filtered events as a GeoJSON file with quotes and sources, written feature by feature. */
export function GET(request: NextRequest) {
  const parsed = exportFilters(request);
  if (!parsed.ok) return parsed.response;
  const { filters, perReport } = parsed;
  function* pieces() {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for (const batch of eventsForExport(getDb(), filters, { perReport })) {
      const features = batch.map(({ lat, lon, ...properties }) =>
        JSON.stringify({ type: "Feature", id: properties.id, geometry: { type: "Point", coordinates: [lon, lat] }, properties }),
      );
      yield `${first ? "" : ","}${features.join(",")}`;
      first = false;
    }
    yield "]}\n";
  }
  return streamedDownload(pieces(), "application/geo+json", "geobrief-events", "geojson");
}
