import { NextResponse } from "next/server";
import { ConflictError, InvalidEditError, NotFoundError } from "@/db/errors";

/** A JSON error body that names the problem: `{ "error": "…" }`. */
export function errorResponse(status: number, error: string): NextResponse {
  return NextResponse.json({ error }, { status });
}

/** An error that passes (429 or 503): its Retry-After says in how many seconds to ask again. */
export function retryLaterResponse(status: 429 | 503, error: string, retryAfterSeconds: number): NextResponse {
  const response = errorResponse(status, error);
  response.headers.set("retry-after", String(retryAfterSeconds));
  return response;
}

/** 503 with Retry-After: the work is refused for now, not for good. */
export function busyResponse(why: string, retryAfterSeconds = 5): NextResponse {
  return retryLaterResponse(503, `${why}: try again in a few seconds`, retryAfterSeconds);
}

/** Parses a positive integer id from a route segment, or gives the 400 to return. */
export function parseId(raw: string, what: string): number | NextResponse {
  const id = Number(raw);
  return /^\d{1,15}$/.test(raw) && id > 0 ? id : errorResponse(400, `invalid ${what} id "${raw}": expected a positive integer`);
}

/**
 * Runs a query and answers its result as JSON (with `status`, default 200). A NotFoundError
 * becomes a 404, an InvalidEditError a 400 and a ConflictError a 409, each with its message;
 * anything else a 500.
 */
export function respondWith<T>(query: () => T, options: { status?: number } = {}): NextResponse {
  try {
    return NextResponse.json(query(), { status: options.status ?? 200 });
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse(404, error.message);
    if (error instanceof InvalidEditError) return errorResponse(400, error.message);
    if (error instanceof ConflictError) return errorResponse(409, error.message);
    console.error(error);
    return errorResponse(500, "the server failed to read the database; see its log");
  }
}
