import { NextResponse } from "next/server";
import { NotFoundError } from "@/db/errors";

/** A JSON error body that names the problem: `{ "error": "…" }`. */
export function errorResponse(status: number, error: string): NextResponse {
  return NextResponse.json({ error }, { status });
}

/** Parses a positive integer id from a route segment, or gives the 400 to return. */
export function parseId(raw: string, what: string): number | NextResponse {
  const id = Number(raw);
  return /^\d{1,15}$/.test(raw) && id > 0 ? id : errorResponse(400, `invalid ${what} id "${raw}": expected a positive integer`);
}

/** Runs a lookup; a NotFoundError becomes a 404 with its message, anything else a 500. */
export function respondWith<T>(lookup: () => T): NextResponse {
  try {
    return NextResponse.json(lookup());
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse(404, error.message);
    console.error(error);
    return errorResponse(500, "the server failed to read the database; see its log");
  }
}
