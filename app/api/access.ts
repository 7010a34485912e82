import { timingSafeEqual } from "node:crypto";
import type { NextRequest, NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { isLiveEditSession } from "@/db/queries/edit-sessions";
import { allowedHosts, hostnameOf, serverReadOnlyReason } from "@/server/access-mode";
import { errorResponse } from "./respond";

/** The HttpOnly cookie that carries a signed-in session's secret (db/queries/edit-sessions.ts), never the token. */
export const SESSION_COOKIE = "geobrief_session";

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
  if (origin)
    return (
      origin === request.nextUrl.origin ||
      origin === `${request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")}://${request.headers.get("host")}`
    );
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

const signedIn = (request: NextRequest, token: string) => isLiveEditSession(getDb(), request.cookies.get(SESSION_COOKIE)?.value, token);

export interface AccessState {
  writable: boolean;
  readOnlyReason: string | null;
  tokenRequired: boolean;
  signedIn: boolean;
}

export function accessState(request: NextRequest): AccessState {
  const readOnlyReason = serverReadOnlyReason();
  const token = process.env.GEOBRIEF_EDIT_TOKEN;
  const session = Boolean(token) && signedIn(request, token!);
  return { writable: !readOnlyReason && (!token || session), readOnlyReason, tokenRequired: Boolean(token), signedIn: session };
}

/**
 * Every write passes here first. Read-only servers refuse. `Authorization: Bearer` with the
 * edit token (API and CLI clients) is enough. Otherwise the write must be addressed to one of
 * this server's own host names (a page on a rebound DNS name is refused), come from this app's
 * pages, and, when a token is set, carry a signed-in session. Null: go ahead.
 */
export function guardWrite(request: NextRequest): NextResponse | null {
  const readOnlyReason = serverReadOnlyReason();
  if (readOnlyReason) return errorResponse(403, `this server is read-only: ${readOnlyReason}`);
  const token = process.env.GEOBRIEF_EDIT_TOKEN;
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (token && bearer !== undefined) return sameSecret(bearer, token) ? null : errorResponse(401, "wrong edit token");
  const host = hostnameOf(request.headers.get("host") ?? "");
  if (!allowedHosts().has(host)) {
    return errorResponse(
      403,
      `refused a write addressed to host "${host}": if that is this server's name, add it to GEOBRIEF_ALLOWED_HOSTS`,
    );
  }
  if (!fromOwnOrigin(request)) return errorResponse(403, "refused a write sent from another site");
  if (token && !signedIn(request, token))
    return errorResponse(401, "edits need the edit token: sign in, or send Authorization: Bearer <token>");
  return null;
}
