import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { search } from "@/db/queries/search";
import { errorResponse, respondWith } from "../respond";

/** GET /api/search?q= → the best matches among article sentences, events, places and actors. */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q")?.trim() ?? "";
  if (query.length < 2 || query.length > 200) return errorResponse(400, 'invalid parameter "q": expected 2 to 200 characters');
  return respondWith(() => search(getDb(), query));
}
