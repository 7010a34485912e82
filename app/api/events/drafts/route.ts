import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { findDraftQueue } from "@/db/queries/events";
import { parseEventFilters } from "@/lib/event-filters";
import { limitParam } from "../../request";
import { errorResponse, respondWith } from "../../respond";

/** The queue shows a screenful; the rest wait their turn (`total` says how many). */
const MAX_QUEUE = 200;
const DEFAULT_QUEUE = 50;

/**
 * GET /api/events/drafts?<the map's filters>[&limit=] → {total, drafts: [{id, type, date, place,
 * confidence, planned}]}: the drafts to review, least sure first (db/queries/events.ts findDraftQueue).
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = parseEventFilters(params);
  if (!parsed.ok) return errorResponse(400, parsed.error);
  const limit = limitParam(request, { fallback: DEFAULT_QUEUE, max: MAX_QUEUE });
  if (typeof limit !== "number") return limit;
  return respondWith(() => findDraftQueue(getDb(), parsed.filters, limit));
}
