import type { NextRequest } from "next/server";
import { parseEventFilters, type EventFilters } from "@/lib/event-filters";
import { getDb } from "@/db/client";
import { isStoredRegion, unknownRegionMessage } from "@/db/queries/map-facts";
import { errorResponse } from "../respond";

/**
 * Reads the export's filters (the same parameters as /api/events) and `per` ("incident", the
 * default: one row per incident; "report": every report of each), or gives the 400.
 */
export function exportFilters(
  request: NextRequest,
): { ok: true; filters: EventFilters; perReport: boolean } | { ok: false; response: Response } {
  const parsed = parseEventFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return { ok: false, response: errorResponse(400, parsed.error) };
  // Checked before the download starts: a stream cannot turn into a 400 halfway.
  const { region } = parsed.filters;
  if (region && !isStoredRegion(getDb(), region)) return { ok: false, response: errorResponse(400, unknownRegionMessage(region)) };
  const per = request.nextUrl.searchParams.get("per") ?? "incident";
  if (per !== "incident" && per !== "report")
    return { ok: false, response: errorResponse(400, 'invalid parameter "per": expected incident or report') };
  return { ok: true, filters: parsed.filters, perReport: per === "report" };
}

/** How a download is named: with the day it was made. */
function dispositionOf(baseName: string, extension: string): string {
  return `attachment; filename="${baseName}-${new Date().toISOString().slice(0, 10)}.${extension}"`;
}

/** A file download of text already made. */
export function download(body: string, contentType: string, baseName: string, extension: string): Response {
  return new Response(body, { headers: { "content-type": contentType, "content-disposition": dispositionOf(baseName, extension) } });
}

/**
 * A file download written piece by piece: each piece is made only when the client reads on,
 * so memory holds one piece, and the server answers other requests between pieces.
 */
export function streamedDownload(pieces: Iterator<string>, contentType: string, baseName: string, extension: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces.next();
      if (piece.done) controller.close();
      else controller.enqueue(encoder.encode(piece.value));
    },
    cancel() {
      pieces.return?.(undefined);
    },
  });
  return new Response(body, { headers: { "content-type": contentType, "content-disposition": dispositionOf(baseName, extension) } });
}
