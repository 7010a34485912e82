import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { briefingChanges, getBriefing } from "@/db/queries/briefings";
import { parseId, respondWith } from "../../respond";

/** GET /api/briefings/:id → the briefing as saved, and what has changed in the live data since. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id, "briefing");
  if (typeof id !== "number") return id;
  return respondWith(() => ({ ...getBriefing(getDb(), id), changes: briefingChanges(getDb(), id) }));
}
