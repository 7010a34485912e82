import { NextResponse, type NextRequest } from "next/server";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { createEditSession, endEditSession } from "@/db/queries/edit-sessions";
import { accessState, isEditToken, SESSION_COOKIE } from "../access";
import { readJsonBody } from "../request";
import { errorResponse, retryLaterResponse } from "../respond";

/** A working day: an analyst signs in once a shift. */
const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/**
 * Wrong tokens allowed per minute, for the whole server: a client's address cannot be trusted
 * here (Next passes any X-Forwarded-For a client sends), so the limit is shared. Ten a minute
 * leaves a person room for typos and makes guessing a token hopeless.
 */
const failures = new RateLimiterMemory({ keyPrefix: "geobrief-sign-in", points: 10, duration: 60 });
const FAILURE_KEY = "sign-in";

function tooManyAttempts(msBeforeNext: number) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return retryLaterResponse(429, `too many wrong tokens: try again in ${seconds} s`, seconds);
}

/** GET /api/session → whether this browser may write, and why not. */
export function GET(request: NextRequest) {
  return NextResponse.json(accessState(request));
}

/** POST /api/session {token}: signs in with the edit token; the cookie carries a new session's secret (HttpOnly, SameSite=Strict). */
export async function POST(request: NextRequest) {
  if (!process.env.GEOBRIEF_EDIT_TOKEN) return errorResponse(400, "this server needs no sign-in: it has no edit token");
  const used = await failures.get(FAILURE_KEY);
  if (used && used.remainingPoints <= 0) return tooManyAttempts(used.msBeforeNext);
  const json = await readJsonBody(request, 2_000);
  if (!json.ok) return json.response;
  if (!isEditToken((json.value as { token?: unknown } | null)?.token)) {
    try {
      await failures.consume(FAILURE_KEY);
    } catch (limited) {
      if (limited instanceof RateLimiterRes) return tooManyAttempts(limited.msBeforeNext);
      throw limited;
    }
    return errorResponse(401, "wrong edit token");
  }
  const secret = createEditSession(getDb(), process.env.GEOBRIEF_EDIT_TOKEN, SESSION_LIFETIME_MS);
  const response = NextResponse.json({ signedIn: true });
  response.cookies.set(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "strict",
    path: "/",
    secure: request.nextUrl.protocol === "https:",
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
  return response;
}

/** DELETE /api/session: signs out, ending the session on the server too. */
export function DELETE(request: NextRequest) {
  const secret = request.cookies.get(SESSION_COOKIE)?.value;
  if (secret) endEditSession(getDb(), secret);
  const response = NextResponse.json({ signedIn: false });
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
