import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { parseEventFilters } from "@/lib/event-filters";
import { findEventView } from "@/db/queries/event-view";
import { errorResponse, respondWith } from "../../respond";

/**
 * GET /api/events/view?bbox=W,S,E,N&zoom=Z&<filters> → {total, events, clusters}: what the
 * map draws for one view, events when few match, clusters counted in SQL otherwise.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = parseEventFilters(params);
  if (!parsed.ok) return errorResponse(400, parsed.error);
  const { bbox, ...filters } = parsed.filters;
  if (!bbox) return errorResponse(400, 'missing parameter "bbox": the view as west,south,east,north');
  const zoom = Number(params.get("zoom"));
  if (!params.get("zoom") || !Number.isFinite(zoom) || zoom < 0 || zoom > 24)
    return errorResponse(400, 'invalid parameter "zoom": expected a number from 0 to 24');
  return respondWith(() => findEventView(getDb(), filters, bbox, zoom));
}
