import type { NextRequest } from "next/server";
import { parseEventFilters, type EventFilters } from "@/db/event-filters";
import { errorResponse } from "../respond";

/** Reads the export's filters (the same parameters as /api/events) or gives the 400. */
export function exportFilters(request: NextRequest): { ok: true; filters: EventFilters } | { ok: false; response: Response } {
  const parsed = parseEventFilters(request.nextUrl.searchParams);
  return parsed.ok ? { ok: true, filters: parsed.filters } : { ok: false, response: errorResponse(400, parsed.error) };
}

/** A file download, named with the day it was made. */
export function download(body: string, contentType: string, baseName: string, extension: string): Response {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="${baseName}-${day}.${extension}"` },
  });
}
