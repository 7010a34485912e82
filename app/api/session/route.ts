import { NextResponse, type NextRequest } from "next/server";
import { accessState, isEditToken, SESSION_COOKIE } from "../access";
import { readJsonBody } from "../request";
import { errorResponse } from "../respond";

/** GET /api/session → whether this browser may write, and why not. */
export function GET(request: NextRequest) {
  return NextResponse.json(accessState(request));
}

/** POST /api/session {token}: signs in with the edit token (an HttpOnly, SameSite=Strict cookie). */
export async function POST(request: NextRequest) {
  if (!process.env.GEOBRIEF_EDIT_TOKEN) return errorResponse(400, "this server needs no sign-in: it has no edit token");
  const json = await readJsonBody(request, 2_000);
  if (!json.ok) return json.response;
  const token = (json.value as { token?: unknown } | null)?.token;
  if (!isEditToken(token)) return errorResponse(401, "wrong edit token");
  const response = NextResponse.json({ signedIn: true });
  response.cookies.set(SESSION_COOKIE, token as string, {
    httpOnly: true,
    sameSite: "strict",
    path: "/",
    secure: request.nextUrl.protocol === "https:",
    maxAge: 60 * 60 * 12,
  });
  return response;
}

/** DELETE /api/session: signs out. */
export function DELETE() {
  const response = NextResponse.json({ signedIn: false });
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
