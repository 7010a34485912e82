import { asc, inArray, sql } from "drizzle-orm";
import type { GeobriefDb } from "../client";
import { InvalidEditError } from "../errors";
import { actors } from "../schema";

/** The one registry of actors is the actors table (seeded from db/seed/actors.json, grown by imports): refuses ids it lacks. */
export function assertKnownActors(db: Pick<GeobriefDb, "select">, actorIds: string[]): void {
  const known = new Set(
    db
      .select({ id: actors.id })
      .from(actors)
      .where(inArray(actors.id, actorIds))
      .all()
      .map(({ id }) => id),
  );
  const unknown = actorIds.filter((id) => !known.has(id));
  if (unknown.length) throw new InvalidEditError(`unknown actor id(s) ${unknown.join(", ")}: see GET /api/actors`);
}

export interface ActorWithCount {
  id: string;
  name: string;
  kind: string;
  colour: string;
  eventCount: number;
}

/** Every actor with the number of (not rejected) events it takes part in, busiest first (counted by triggers, migration 0005). */
export function listActorsWithCounts(db: GeobriefDb): ActorWithCount[] {
  const counts = new Map(
    db
      .all<{ actorId: string; n: number }>(sql`select actor_id as actorId, n from actor_event_counts`)
      .map(({ actorId, n }) => [actorId, n]),
  );
  return db
    .select({ id: actors.id, name: actors.name, kind: actors.kind, colour: actors.colour })
    .from(actors)
    .orderBy(asc(actors.id))
    .all()
    .map((actor) => ({ ...actor, eventCount: counts.get(actor.id) ?? 0 }))
    .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
}
