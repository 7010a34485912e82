import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { parseEventFilters } from "@/lib/event-filters";
import { findEventPage } from "@/db/queries/events";
import { createEventFromSelection } from "@/db/queries/review";
import { parseNewEvent } from "@/ingest/review-input";
import { limitParam, readJsonBody, reviewerOf } from "../request";
import { errorResponse, respondWith } from "../respond";
import { guardWrite } from "../access";

/** A page of events is at most this long: every answer is bounded, whatever the filters match. */
const MAX_PAGE = 1_000;
const DEFAULT_PAGE = 500;

/**
 * GET /api/events?actor=&exclude=&type=&from=&to=&bbox=&region=&border-km=&killed=1&source=[&limit=][&after=]
 * → a GeoJSON FeatureCollection of at most `limit` events (default 500, at most 1,000) by id,
 * with `next`: the `after` cursor of the next page, or null on the last.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = parseEventFilters(params);
  if (!parsed.ok) return errorResponse(400, parsed.error);
  const limit = limitParam(request, { fallback: DEFAULT_PAGE, max: MAX_PAGE });
  if (typeof limit !== "number") return limit;
  const after = params.has("after") ? Number(params.get("after")) : 0;
  if (!Number.isSafeInteger(after) || after < 0)
    return errorResponse(400, 'invalid parameter "after": expected the "next" cursor of a previous page');
  return respondWith(() => findEventPage(getDb(), parsed.filters, { after, limit }));
}

/** POST /api/events {articleId, start, end, type, date, place, geoPrecision, actors}: an event added from a selected quote. */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const json = await readJsonBody(request, 20_000);
  if (!json.ok) return json.response;
  const input = parseNewEvent(json.value);
  if (!input.ok) return errorResponse(400, input.error);
  return respondWith(() => ({ id: createEventFromSelection(getDb(), input.value, reviewerOf(request)) }), { status: 201 });
}
