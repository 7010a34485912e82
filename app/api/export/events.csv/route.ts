import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { eventsToCsv } from "@/db/export-events";
import { eventsForExport } from "@/db/queries/export";
import { download, exportFilters } from "../download";

/** GET /api/export/events.csv?<filters> → the filtered events as ACLED-style CSV. */
export function GET(request: NextRequest) {
  const parsed = exportFilters(request);
  if (!parsed.ok) return parsed.response;
  return download(eventsToCsv(eventsForExport(getDb(), parsed.filters)), "text/csv; charset=utf-8", "geobrief-events", "csv");
}
