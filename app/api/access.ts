import { timingSafeEqual } from "node:crypto";
import type { NextRequest, NextResponse } from "next/server";
import { errorResponse } from "./respond";

/** The HttpOnly cookie that carries the edit token after signing in. */
export const SESSION_COOKIE = "geobrief_edit";

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether `given` is this server's edit token (compared in constant time). */
export function isEditToken(given: unknown): boolean {
  const token = process.env.GEOBRIEF_EDIT_TOKEN;
  return Boolean(token) && typeof given === "string" && sameSecret(given, token!);
}

/** Whether a browser request comes from this app's own pages (the CSRF check). */
function fromOwnOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === request.nextUrl.origin || origin === `${request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")}://${request.headers.get("host")}`;
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

export interface AccessState {
  writable: boolean;
  readOnlyReason: string | null;
  tokenRequired: boolean;
  signedIn: boolean;
}

export function accessState(request: NextRequest): AccessState {
  const readOnlyReason = process.env.GEOBRIEF_READ_ONLY || null;
  const token = process.env.GEOBRIEF_EDIT_TOKEN || null;
  const signedIn = token !== null && sameSecret(request.cookies.get(SESSION_COOKIE)?.value, token);
  return { writable: !readOnlyReason && (!token || signedIn), readOnlyReason, tokenRequired: token !== null, signedIn };
}

/**
 * Every write passes here first. Read-only servers refuse; `Authorization: Bearer` (API and
 * CLI clients) must carry the edit token when one is set; a browser's write must come from
 * this app's pages and, when a token is set, carry the sign-in cookie. Null: go ahead.
 */
export function guardWrite(request: NextRequest): NextResponse | null {
  const readOnlyReason = process.env.GEOBRIEF_READ_ONLY;
  if (readOnlyReason) return errorResponse(403, `this server is read-only: ${readOnlyReason}`);
  const token = process.env.GEOBRIEF_EDIT_TOKEN;
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (bearer !== undefined) return token && !sameSecret(bearer, token) ? errorResponse(401, "wrong edit token") : null;
  if (!fromOwnOrigin(request)) return errorResponse(403, "refused a write sent from another site");
  if (token && !sameSecret(request.cookies.get(SESSION_COOKIE)?.value, token)) {
    return errorResponse(401, "edits need the edit token: sign in, or send Authorization: Bearer <token>");
  }
  return null;
}
