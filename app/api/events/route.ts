import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { parseEventFilters } from "@/db/event-filters";
import { findEvents } from "@/db/queries/events";
import { errorResponse, respondWith } from "../respond";

/** GET /api/events?actor=&exclude=&type=&from=&to=&bbox=&region= → GeoJSON FeatureCollection. */
export function GET(request: NextRequest) {
  const parsed = parseEventFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return errorResponse(400, parsed.error);
  return respondWith(() => findEvents(getDb(), parsed.filters));
}
