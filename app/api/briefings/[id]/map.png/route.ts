import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { getBriefingImage } from "@/db/queries/briefings";
import { errorResponse, parseId } from "../../../respond";

/** GET /api/briefings/:id/map.png → the map exactly as it was drawn when the briefing was saved. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id, "briefing");
  if (typeof id !== "number") return id;
  try {
    const image = getBriefingImage(getDb(), id);
    // Frozen: the same id always has the same image.
    return new Response(new Uint8Array(image), {
      headers: { "content-type": "image/png", "cache-control": "private, max-age=31536000, immutable" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse(404, error.message);
    throw error;
  }
}
