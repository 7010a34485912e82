import { asc, countDistinct, eq, ne } from "drizzle-orm";
import type { GeobriefDb } from "../client";
import { actors, eventActors, events } from "../schema";

export interface ActorWithCount {
  id: string;
  name: string;
  kind: string;
  colour: string;
  eventCount: number;
}

/** Every actor with the number of (not rejected) events it takes part in, busiest first. */
export function listActorsWithCounts(db: GeobriefDb): ActorWithCount[] {
  const counts = new Map(
    db
      .select({ actorId: eventActors.actorId, eventCount: countDistinct(eventActors.eventId) })
      .from(eventActors)
      .innerJoin(events, eq(events.id, eventActors.eventId))
      .where(ne(events.status, "rejected"))
      .groupBy(eventActors.actorId)
      .all()
      .map(({ actorId, eventCount }) => [actorId, eventCount]),
  );
  return db
    .select({ id: actors.id, name: actors.name, kind: actors.kind, colour: actors.colour })
    .from(actors)
    .orderBy(asc(actors.id))
    .all()
    .map((actor) => ({ ...actor, eventCount: counts.get(actor.id) ?? 0 }))
    .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
}
