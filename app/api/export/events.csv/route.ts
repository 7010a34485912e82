import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { EXPORT_COLUMNS, csvRows, eventsToCsv } from "@/lib/export-events";
import { eventsForExport } from "@/db/queries/export";
import { exportFilters, streamedDownload } from "../download";

/** GET /api/export/events.csv?<filters> → the filtered events as CSV (ACLED's 31 columns, then ours), streamed batch by batch. */
export function GET(request: NextRequest) {
  const parsed = exportFilters(request);
  if (!parsed.ok) return parsed.response;
  const { filters, perReport } = parsed;
  function* pieces() {
    yield csvRows([[...EXPORT_COLUMNS]]);
    for (const batch of eventsForExport(getDb(), filters, { perReport })) yield eventsToCsv(batch, { header: false });
  }
  return streamedDownload(pieces(), "text/csv; charset=utf-8", "geobrief-events", "csv");
}
