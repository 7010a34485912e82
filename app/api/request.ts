import type { NextRequest, NextResponse } from "next/server";
import { errorResponse } from "./respond";
import { precisionOfDate } from "@/lib/vocabulary";
import { stripUnsafeCharacters } from "@/lib/plain-text";

/**
 * Reads a request body of at most `maxBytes`, or gives the 413 to return. Counts what arrives,
 * so a chunked upload with no Content-Length is bounded too, and stops reading at the limit.
 */
export async function readBodyBytes(
  request: NextRequest,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; response: NextResponse }> {
  const tooLarge = (size: string) => ({
    ok: false as const,
    response: errorResponse(413, `request body is ${size}; the limit is ${maxBytes} bytes`),
  });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return tooLarge(`${declared} bytes`);
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        return tooLarge(`over ${maxBytes} bytes`);
      }
      chunks.push(chunk.value);
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** Reads a JSON request body of at most `maxBytes`, or gives the 4xx to return. */
export async function readJsonBody(
  request: NextRequest,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; response: NextResponse }> {
  const body = await readBodyBytes(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(body.bytes)) };
  } catch {
    return { ok: false, response: errorResponse(400, "request body is not valid JSON") };
  }
}

/**
 * Who is making a change, for the review trail: the X-Geobrief-User header the dashboard
 * sends (the analyst's chosen name), else "anonymous". Not authentication: a local name.
 */
export function reviewerOf(request: NextRequest): string {
  const name = stripUnsafeCharacters(request.headers.get("x-geobrief-user") ?? "", { singleLine: true }).text.slice(0, 80);
  return name || "anonymous";
}

/** An optional YYYY-MM-DD query parameter: the day, undefined when absent, or a 400 answer. */
export function dayParam(request: NextRequest, name: string): string | undefined | NextResponse {
  const value = request.nextUrl.searchParams.get(name);
  if (value === null) return undefined;
  return precisionOfDate(value) === "day" ? value : errorResponse(400, `invalid parameter "${name}": expected a date as YYYY-MM-DD`);
}

/** The optional `limit` query parameter: a whole number from 1 to `max`, `fallback` when absent, or a 400 answer. */
export function limitParam(request: NextRequest, { fallback, max }: { fallback: number; max: number }): number | NextResponse {
  const params = request.nextUrl.searchParams;
  const limit = params.has("limit") ? Number(params.get("limit")) : fallback;
  return Number.isInteger(limit) && limit >= 1 && limit <= max
    ? limit
    : errorResponse(400, `invalid parameter "limit": expected 1 to ${max}`);
}
