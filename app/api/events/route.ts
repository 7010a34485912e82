import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { parseEventFilters } from "@/db/event-filters";
import { findEvents } from "@/db/queries/events";
import { createEventFromSelection } from "@/db/queries/review";
import { parseNewEvent } from "@/ingest/review-input";
import { readJsonBody, reviewerOf } from "../request";
import { errorResponse, respondWith } from "../respond";
import { guardWrite } from "../access";

/** GET /api/events?actor=&exclude=&type=&from=&to=&bbox=&region= → GeoJSON FeatureCollection. */
export function GET(request: NextRequest) {
  const parsed = parseEventFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return errorResponse(400, parsed.error);
  return respondWith(() => findEvents(getDb(), parsed.filters));
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
