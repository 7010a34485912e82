import { asc, eq, isNull, sql } from "drizzle-orm";
import { WRITE, type GeobriefDb } from "../client";
import { NotFoundError } from "../errors";
import { articles, events, evidence, outlets } from "../schema";
import { domainOf, outletKey } from "@/lib/source-credit";
import { reliabilityRank, type ReliabilityGrade } from "@/lib/vocabulary";
import { settleIncident } from "./incidents";

type Writer = Pick<GeobriefDb, "select" | "insert" | "update">;

/**
 * The outlet an article names: the one of its URL's domain, else the one of its folded name, else a
 * new one. "Hürriyet Daily News" and "hurriyetdailynews.com" become one outlet once both are seen.
 */
export function outletIdFor(db: Writer, name: string, url: string | null): number {
  const domain = domainOf(url);
  const nameKey = outletKey(name) || "unknown outlet";
  const byDomain = domain ? db.select({ id: outlets.id }).from(outlets).where(eq(outlets.domain, domain)).get() : undefined;
  if (byDomain) return byDomain.id;
  const byName = db.select({ id: outlets.id, domain: outlets.domain }).from(outlets).where(eq(outlets.nameKey, nameKey)).get();
  if (byName) {
    if (domain && !byName.domain) db.update(outlets).set({ domain }).where(eq(outlets.id, byName.id)).run();
    return byName.id;
  }
  return db.insert(outlets).values({ name, nameKey, domain }).returning({ id: outlets.id }).get().id;
}

/** Links articles stored before outlets existed (migration 0017) to theirs; returns how many. */
export function linkArticlesToOutlets(db: GeobriefDb): number {
  const unlinked = db
    .select({ id: articles.id, outlet: articles.outlet, url: articles.url })
    .from(articles)
    .where(isNull(articles.outletId))
    .all();
  db.transaction((tx) => {
    for (const article of unlinked)
      tx.update(articles)
        .set({ outletId: outletIdFor(tx, article.outlet, article.url) })
        .where(eq(articles.id, article.id))
        .run();
  }, WRITE);
  return unlinked.length;
}

/** Every outlet with its grade and how many stored articles it published, by name. */
export function listOutlets(db: GeobriefDb) {
  return db
    .select({
      id: outlets.id,
      name: outlets.name,
      domain: outlets.domain,
      grade: outlets.grade,
      gradedBy: outlets.gradedBy,
      gradedAt: outlets.gradedAt,
      // Written out: in a one-table select drizzle leaves column names unqualified, and "id" would be the article's.
      articles: sql<number>`(select count(*) from articles where articles.outlet_id = outlets.id)`,
    })
    .from(outlets)
    .orderBy(asc(outlets.nameKey))
    .all();
}

/**
 * An analyst grades an outlet: the events its articles report carry the grade (events.reliability,
 * for the "minimum reliability" filter), and so do the incidents they belong to, in one transaction.
 */
export function gradeOutlet(db: GeobriefDb, outletId: number, grade: ReliabilityGrade, analyst: string) {
  return db.transaction((tx) => {
    const outlet = tx.select().from(outlets).where(eq(outlets.id, outletId)).get();
    if (!outlet) throw new NotFoundError(`no outlet with id ${outletId}`);
    tx.update(outlets).set({ grade, gradedBy: analyst, gradedAt: new Date().toISOString() }).where(eq(outlets.id, outletId)).run();
    const reported = tx
      .selectDistinct({ id: events.id, incidentId: events.incidentId })
      .from(events)
      .innerJoin(evidence, eq(evidence.eventId, events.id))
      .innerJoin(articles, eq(articles.id, evidence.articleId))
      .where(eq(articles.outletId, outletId))
      .all();
    const rank = reliabilityRank(grade);
    for (const event of reported)
      if (event.incidentId === null) tx.update(events).set({ reliability: rank }).where(eq(events.id, event.id)).run();
    for (const incidentId of new Set(reported.flatMap((event) => (event.incidentId === null ? [] : [event.incidentId]))))
      settleIncident(db, incidentId);
    return { ...outlet, grade, events: reported.length };
  }, WRITE);
}

/** The reliability an event of this article starts with: its outlet's grade as events.reliability stores it. */
export function reliabilityOfArticle(db: Pick<GeobriefDb, "select">, articleId: number): number {
  const row = db
    .select({ grade: outlets.grade })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(eq(articles.id, articleId))
    .get();
  return row ? reliabilityRank(row.grade) : reliabilityRank("F");
}
