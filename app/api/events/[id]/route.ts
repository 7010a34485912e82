import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getEventDetail } from "@/db/queries/events";
import { listRegions } from "@/db/queries/regions";
import { deriveEventFacts } from "@/geo/derive-facts";
import { loadReferenceLines } from "@/geo/reference-lines";
import { parseId, respondWith } from "../../respond";

/** GET /api/events/:id → the event with place, actors, evidence and derived facts. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id, "event");
  if (typeof id !== "number") return id;
  return respondWith(() => {
    const db = getDb();
    const event = getEventDetail(db, id);
    return { ...event, facts: deriveEventFacts([event.lon, event.lat], listRegions(db), loadReferenceLines()) };
  });
}
