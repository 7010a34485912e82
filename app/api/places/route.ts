import { NextResponse, type NextRequest } from "next/server";
import { searchPlaces } from "@/ingest/gazetteer";
import { errorResponse } from "../respond";

/** GET /api/places?q=Quneitra → gazetteer places whose name starts with q, for picking an event's place. */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q")?.trim() ?? "";
  if (query.length < 2 || query.length > 100) return errorResponse(400, 'invalid parameter "q": expected 2 to 100 characters');
  return NextResponse.json(searchPlaces(query));
}
