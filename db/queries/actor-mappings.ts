/**
 * An analyst's reading of a dataset's actor name, kept for every later import
 * (ingest/acled-actors.ts): mapping "Local tribal militia" to DRUZE also moves the events the
 * name was imported with from its placeholder actor to DRUZE.
 */
import { and, asc, eq } from "drizzle-orm";
import { WRITE, type GeobriefDb } from "../client";
import { InvalidEditError, NotFoundError } from "../errors";
import { actorNameMappings, actors, eventActors, eventReviews } from "../schema";
import { assertKnownActors } from "./actors";
import { indexEvent } from "./search";

export function listActorNameMappings(db: Pick<GeobriefDb, "select">) {
  return db.select().from(actorNameMappings).orderBy(asc(actorNameMappings.name)).all();
}

/**
 * Maps an imported actor (its name, as the dataset wrote it) to a registry actor: the mapping is
 * stored, the imported actor's events now name the registry actor (each change in their review
 * log), and the placeholder keeps no event. Returns how many events moved.
 */
export function mapImportedActor(db: GeobriefDb, input: { importedId: string; actorId: string }, reviewer: string): { moved: number } {
  return db.transaction((tx) => {
    const imported = tx.select().from(actors).where(eq(actors.id, input.importedId)).get();
    if (!imported) throw new NotFoundError(`no actor with id ${input.importedId}`);
    if (imported.kind !== "imported")
      throw new InvalidEditError(`${input.importedId} is a registry actor, not an imported name: only imported names are mapped`);
    if (input.actorId === input.importedId) throw new InvalidEditError("an actor cannot be mapped to itself");
    assertKnownActors(tx, [input.actorId]);
    tx.insert(actorNameMappings)
      .values({ name: imported.name, actorId: input.actorId, mappedBy: reviewer })
      .onConflictDoUpdate({ target: actorNameMappings.name, set: { actorId: input.actorId, mappedBy: reviewer } })
      .run();
    const rows = tx.select().from(eventActors).where(eq(eventActors.actorId, input.importedId)).all();
    const reviewedAt = new Date().toISOString();
    for (const row of rows) {
      // Delete and insert (not update): the triggers that keep actor masks and counts watch those (migration 0005).
      tx.delete(eventActors)
        .where(and(eq(eventActors.eventId, row.eventId), eq(eventActors.actorId, row.actorId), eq(eventActors.role, row.role)))
        .run();
      tx.insert(eventActors)
        .values({ ...row, actorId: input.actorId })
        .onConflictDoNothing()
        .run();
      tx.insert(eventReviews)
        .values({
          eventId: row.eventId,
          reviewer,
          reviewedAt,
          action: "edit",
          changes: {
            actors: { from: `${input.importedId} (${imported.name})`, to: input.actorId },
            origin: { from: null, to: "imported actor name mapped" },
          },
        })
        .run();
    }
    for (const eventId of new Set(rows.map((row) => row.eventId))) indexEvent(db, eventId);
    return { moved: new Set(rows.map((row) => row.eventId)).size };
  }, WRITE);
}
