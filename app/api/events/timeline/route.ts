import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { parseEventFilters } from "@/lib/event-filters";
import { findTimeline } from "@/db/queries/timeline";
import { errorResponse, respondWith } from "../../respond";

/** GET /api/events/timeline?<filters> → {total, buckets}: events per month under every filter but from/to. */
export function GET(request: NextRequest) {
  const parsed = parseEventFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return errorResponse(400, parsed.error);
  return respondWith(() => findTimeline(getDb(), parsed.filters));
}
