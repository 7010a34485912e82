import type { NextRequest } from "next/server";
import { TimeoutError } from "p-queue";
import { getDb } from "@/db/client";
import { getBriefing } from "@/db/queries/briefings";
import { ownOrigin } from "@/server/access-mode";
import { ChromiumMissingError, PdfQueueFullError, RENDER_TIMEOUT_MS, renderPdf } from "@/server/pdf-renderer";
import { NotFoundError } from "@/db/errors";
import { parsePrintOptions, printQuery } from "@/components/briefing/print-options";
import { busyResponse, errorResponse, parseId } from "../../../respond";

/**
 * GET /api/briefings/:id/pdf?paper=a4|letter&orientation=portrait|landscape → application/pdf;
 * 503 without Chromium, or with Retry-After while the render queue is full; 504 past the render's time limit.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id, "briefing");
  if (typeof id !== "number") return id;
  const options = parsePrintOptions(request.nextUrl.searchParams);
  if (!options.ok) return errorResponse(400, options.error);
  try {
    getBriefing(getDb(), id);
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse(404, error.message);
    throw error;
  }
  try {
    // The server's own address, never the Host a client sent: Chromium must not be sent elsewhere.
    const pdf = await renderPdf(`${ownOrigin()}/briefings/${id}/print?${printQuery(options.value)}`, {
      paper: options.value.paper === "letter" ? "Letter" : "A4",
      landscape: options.value.orientation === "landscape",
    });
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="geobrief-briefing-${id}.pdf"` },
    });
  } catch (error) {
    if (error instanceof ChromiumMissingError) return errorResponse(503, error.message);
    if (error instanceof PdfQueueFullError) return busyResponse(error.message, 10);
    if (error instanceof TimeoutError)
      return errorResponse(504, `the PDF took longer than ${RENDER_TIMEOUT_MS / 1000} s to render; try the print view`);
    throw error;
  }
}
