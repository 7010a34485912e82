import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { parseEventFilters } from "@/lib/event-filters";
import { eventMatches, getEventDetail } from "@/db/queries/events";
import { listRegions } from "@/db/queries/region-versions";
import { listEventReviews, reviewEvent } from "@/db/queries/review";
import { deriveEventFacts } from "@/geo/derive-facts";
import { loadReferenceLines } from "@/geo/reference-lines";
import { parseEventEdit } from "@/ingest/review-input";
import { readJsonBody, reviewerOf } from "../../request";
import { errorResponse, parseId, respondWith } from "../../respond";
import { guardWrite } from "../../access";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/events/:id[?<filters>] → the event with place, actors, evidence, derived facts, its
 * incident and review trail; `shownAs`, the event whose marker shows it (its incident's lead), and
 * `matchesFilters`: whether the given filters would show that marker.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const id = parseId((await params).id, "event");
  if (typeof id !== "number") return id;
  const filters = parseEventFilters(request.nextUrl.searchParams);
  if (!filters.ok) return errorResponse(400, filters.error);
  return respondWith(() => {
    const db = getDb();
    const event = getEventDetail(db, id);
    const shownAs = event.incident?.leadEventId ?? id;
    return {
      ...event,
      facts: deriveEventFacts([event.lon, event.lat], listRegions(db), loadReferenceLines()),
      reviews: listEventReviews(db, id),
      shownAs,
      matchesFilters: eventMatches(db, shownAs, filters.filters),
    };
  });
}

/**
 * PATCH /api/events/:id {status?, type?, date?, place?, geoPrecision?, actors?, quote?, notes?}:
 * a reviewer confirms, rejects or corrects an event; the change is logged with who and when.
 */
export async function PATCH(request: NextRequest, { params }: Context) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const id = parseId((await params).id, "event");
  if (typeof id !== "number") return id;
  const json = await readJsonBody(request, 20_000);
  if (!json.ok) return json.response;
  const edit = parseEventEdit(json.value);
  if (!edit.ok) return errorResponse(400, edit.error);
  return respondWith(() => reviewEvent(getDb(), id, edit.value, reviewerOf(request)));
}
