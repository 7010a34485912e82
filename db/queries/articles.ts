import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { GeobriefDb } from "../client";
import { NotFoundError } from "../errors";
import { articles, events, evidence, regionMentions, undatedReports } from "../schema";

/** The newest articles (by publication date) and how many there are in all; search reaches the rest. */
export function listRecentArticles(db: GeobriefDb, limit = 30) {
  const recent = db
    .select({ id: articles.id, title: articles.title, outlet: articles.outlet, published: articles.published })
    .from(articles)
    .orderBy(desc(articles.published), desc(articles.id))
    .limit(limit)
    .all();
  return { total: db.get<{ n: number }>(sql`select count(*) as n from ${articles}`).n, recent };
}

/**
 * An article's verbatim body with every span that evidences a (not rejected) event or mentions a region, and the
 * happenings waiting for another report to date them (db/queries/ingest.ts).
 */
export function getArticleDetail(db: GeobriefDb, id: number) {
  const article = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!article) throw new NotFoundError(`no article with id ${id}`);
  const eventSpans = db
    .select({ eventId: evidence.eventId, start: evidence.start, end: evidence.end, type: events.type, status: events.status })
    .from(evidence)
    .innerJoin(events, eq(events.id, evidence.eventId))
    .where(and(eq(evidence.articleId, id), ne(events.status, "rejected")))
    .orderBy(asc(evidence.start))
    .all();
  const regionSpans = db
    .select({ regionId: regionMentions.regionId, start: regionMentions.start, end: regionMentions.end })
    .from(regionMentions)
    .where(eq(regionMentions.articleId, id))
    .orderBy(asc(regionMentions.start))
    .all();
  // Happenings it dates only "on Friday" (no publication day) that no stored report has dated yet: shown, not drafted.
  const waiting = db
    .select({ id: undatedReports.id, type: undatedReports.type, draft: undatedReports.draft })
    .from(undatedReports)
    .where(eq(undatedReports.articleId, id))
    .orderBy(asc(undatedReports.id))
    .all()
    .map(({ id: waitingId, type, draft }) => ({
      id: waitingId,
      type,
      when: draft.when.text,
      place: draft.place,
      sentence: draft.evidence.text,
    }));
  return { ...article, eventSpans, regionSpans, waiting };
}

export type ArticleDetail = ReturnType<typeof getArticleDetail>;
