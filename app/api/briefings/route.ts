import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { MAX_IMAGE_BYTES, parseBriefingInput } from "@/lib/briefing-input";
import { createBriefing, listBriefings } from "@/db/queries/briefings";
import { readJsonBody, reviewerOf } from "../request";
import { errorResponse, respondWith } from "../respond";
import { guardWrite } from "../access";

export const dynamic = "force-dynamic";

/** GET /api/briefings → saved briefings, newest first. */
export function GET() {
  return respondWith(() => listBriefings(getDb()));
}

/** POST /api/briefings {title, notes, query, view, imageSize, selectedEventIds, mapImage} → 201 {id}; 4xx with {error}. */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const json = await readJsonBody(request, Math.ceil(MAX_IMAGE_BYTES * 1.4) + 100_000);
  if (!json.ok) return json.response;
  const input = parseBriefingInput(json.value);
  if (!input.ok) return errorResponse(input.tooLarge ? 413 : 400, input.error);
  return respondWith(() => ({ id: createBriefing(getDb(), { ...input.value, createdBy: reviewerOf(request) }) }), { status: 201 });
}
