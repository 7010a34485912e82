import type { NextRequest, NextResponse } from "next/server";
import { errorResponse } from "./respond";
import { precisionOfDate } from "@/db/vocabulary";

/** Reads a JSON request body of at most `maxBytes`, or gives the 4xx to return. */
export async function readJsonBody(request: NextRequest, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; response: NextResponse }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, response: errorResponse(413, `request body is ${declared} bytes; the limit is ${maxBytes}`) };
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) return { ok: false, response: errorResponse(413, `request body is over the ${maxBytes}-byte limit`) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: errorResponse(400, "request body is not valid JSON") };
  }
}

/**
 * Who is making a change, for the review trail: the X-Geobrief-User header the dashboard
 * sends (the analyst's chosen name), else "anonymous". Not authentication: a local name.
 */
export function reviewerOf(request: NextRequest): string {
  const name = request.headers.get("x-geobrief-user")?.trim().slice(0, 80);
  return name || "anonymous";
}

/** An optional YYYY-MM-DD query parameter: the day, undefined when absent, or a 400 answer. */
export function dayParam(request: NextRequest, name: string): string | undefined | NextResponse {
  const value = request.nextUrl.searchParams.get(name);
  if (value === null) return undefined;
  return precisionOfDate(value) === "day" ? value : errorResponse(400, `invalid parameter "${name}": expected a date as YYYY-MM-DD`);
}
