import type { NextRequest } from "next/server";
import { parseEventFilters, type EventFilters } from "@/lib/event-filters";
import { errorResponse } from "../respond";

/** Reads the export's filters (the same parameters as /api/events) or gives the 400. */
export function exportFilters(request: NextRequest): { ok: true; filters: EventFilters } | { ok: false; response: Response } {
  const parsed = parseEventFilters(request.nextUrl.searchParams);
  return parsed.ok ? { ok: true, filters: parsed.filters } : { ok: false, response: errorResponse(400, parsed.error) };
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
