import { randomBytes } from "node:crypto";
import { and, eq, gt, lte } from "drizzle-orm";
import type { GeobriefDb } from "../client";
import { editSessions } from "../schema";
import { sha256 } from "../text-hash";

/** A new signed-in session under `token`: its secret (for the cookie, never stored). Expired sessions are swept. */
export function createEditSession(db: GeobriefDb, token: string, lifetimeMs: number): string {
  const now = new Date();
  db.delete(editSessions).where(lte(editSessions.expiresAt, now.toISOString())).run();
  const secret = randomBytes(32).toString("base64url");
  db.insert(editSessions)
    .values({ secretSha256: sha256(secret), tokenSha256: sha256(token), expiresAt: new Date(now.getTime() + lifetimeMs).toISOString() })
    .run();
  return secret;
}

/** Whether the cookie's secret names a session opened under the current token that has neither expired nor been signed out. */
export function isLiveEditSession(db: GeobriefDb, secret: string | undefined, token: string): boolean {
  if (!secret) return false;
  const live = and(
    eq(editSessions.secretSha256, sha256(secret)),
    eq(editSessions.tokenSha256, sha256(token)),
    gt(editSessions.expiresAt, new Date().toISOString()),
  );
  return db.select({ one: editSessions.expiresAt }).from(editSessions).where(live).get() !== undefined;
}

/** Signs a session out. */
export function endEditSession(db: GeobriefDb, secret: string): void {
  db.delete(editSessions)
    .where(eq(editSessions.secretSha256, sha256(secret)))
    .run();
}
