import { and, count, eq } from "drizzle-orm";
import type { GeobriefDb } from "../client";
import { actors, articles, events, evidence } from "../schema";
import { sha256 } from "../text-hash";
import type { PloverType } from "@/lib/vocabulary";
import { indexArticle } from "./search";
import { outletIdFor } from "./outlets";
import { wireOfArticle } from "@/lib/source-credit";

/** Every actor of the registry with the names it goes by. */
export function listRegistryNames(db: GeobriefDb): { id: string; name: string; aliases: string[]; members: string[] }[] {
  return db.select({ id: actors.id, name: actors.name, aliases: actors.aliases, members: actors.members }).from(actors).all();
}

/** An actor an import names that the registry lacks: a readable, unique id the filters accept (lib/actor-id.ts), marked as imported. */
export function createImportedActor(db: GeobriefDb, name: string): string {
  const letters = name
    .normalize("NFD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^[-0-9]+/, "")
    .toUpperCase()
    .slice(0, 12)
    .replace(/-+$/, "");
  const base = letters || "ACTOR";
  let id = base;
  for (let suffix = 2; db.select({ id: actors.id }).from(actors).where(eq(actors.id, id)).get(); suffix += 1) id = `${base}-${suffix}`;
  db.insert(actors).values({ id, name, kind: "imported", colour: "#777777", parentId: null, aliases: [], members: [] }).run();
  return id;
}

/** How many events are stored, of every status and source. */
export function storedEventCount(db: GeobriefDb): number {
  return db.select({ n: count() }).from(events).get()!.n;
}

/** The event already held with this type, date and quote, if any: how a re-import recognises it. */
export function findEventByQuote(db: GeobriefDb, event: { type: PloverType; date: string; quote: string }): number | undefined {
  return db
    .select({ id: events.id })
    .from(events)
    .innerJoin(evidence, eq(evidence.eventId, events.id))
    .where(and(eq(evidence.quoteSha256, sha256(event.quote)), eq(events.type, event.type), eq(events.dateValue, event.date)))
    .get()?.id;
}

/**
 * Where an imported quote lives: in the stored article at its source URL when that article
 * holds it, else in an article of its own (the quote as its whole body), made once.
 */
export function articleForQuote(
  db: GeobriefDb,
  source: { quote: string; url: string | null; outlet: string; title: string },
): { articleId: number; start: number } {
  const atUrl = source.url ? db.select().from(articles).where(eq(articles.url, source.url)).get() : undefined;
  const start = atUrl ? atUrl.body.indexOf(source.quote) : -1;
  if (atUrl && start >= 0) return { articleId: atUrl.id, start };
  const existing = db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.bodySha256, sha256(source.quote)))
    .get();
  if (existing) return { articleId: existing.id, start: 0 };
  const { id } = db
    .insert(articles)
    .values({
      title: source.title,
      outlet: source.outlet,
      url: atUrl ? null : source.url,
      published: null,
      body: source.quote,
      bodySha256: sha256(source.quote),
      outletId: outletIdFor(db, source.outlet, source.url),
      wire: wireOfArticle(source.outlet, source.quote),
    })
    .returning({ id: articles.id })
    .get();
  indexArticle(db, id, source.title, source.quote);
  return { articleId: id, start: 0 };
}
