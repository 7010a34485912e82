import { NextResponse } from "next/server";
import type { DrawingResult } from "@/ingest/region-drawing";
import { saveDrawingOffThread } from "@/server/imports";
import { WorkersBusyError, WorkerTimeoutError } from "@/server/worker-pool";
import { busyResponse, errorResponse } from "../respond";

/** A drawn region body (GeoJSON of at most MAX_DRAWN_POSITIONS positions, basis and sources) fits in this. */
export const MAX_DRAWING_BYTES = 512 * 1024;

/**
 * Answers a parsed drawing: 201 {version} once the import worker has checked and stored it, 400
 * for a geometry or source it refuses, 404 for an unknown region, 409 when the version it started
 * from is no longer current, 503 while an import is running.
 */
export async function saveDrawing(parsed: DrawingResult, reviewer: string): Promise<NextResponse> {
  if (!parsed.ok) return errorResponse(400, parsed.error);
  try {
    const outcome = await saveDrawingOffThread(parsed.value, reviewer);
    if ("saved" in outcome) return NextResponse.json({ id: outcome.saved.id, version: outcome.saved.version }, { status: 201 });
    if ("error" in outcome) return errorResponse(outcome.status, outcome.error);
    throw new Error("the import worker answered a drawing with an import report");
  } catch (error) {
    if (error instanceof WorkersBusyError) return busyResponse(error.message);
    if (error instanceof WorkerTimeoutError) return errorResponse(503, `saving the drawing ${error.message}; nothing was saved`);
    console.error(error);
    return errorResponse(500, "the server failed to save the drawing; see its log");
  }
}
