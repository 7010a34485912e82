import type { GeobriefDb } from "@/db/client";
import { findDuplicateArticle, storeExtractedArticle } from "@/db/queries/ingest";
import { validateArticleInput } from "./article-input";
import { extractArticle } from "./extract-article";

export type IngestResult =
  | { status: "stored"; articleId: number; eventIds: number[]; warnings: string[] }
  | { status: "skipped"; articleId: number; reason: string }
  | { status: "failed"; error: string };

/**
 * The one pipeline behind every door (CLI, API, form): validate, skip what is stored
 * already (same body or URL), extract, store the article with its draft events in one
 * transaction. Nothing is written when any step fails.
 */
export function ingestArticle(db: GeobriefDb, raw: unknown, options: { reviewer: string }): IngestResult {
  const validated = validateArticleInput(raw);
  if (!validated.ok) return { status: "failed", error: validated.error };
  const { article, warnings } = validated;
  const duplicate = findDuplicateArticle(db, article.body, article.url);
  if (duplicate) {
    return { status: "skipped", articleId: duplicate.id, reason: `already stored as article ${duplicate.id} ("${duplicate.title}")` };
  }
  const extraction = extractArticle(article.body, { title: article.title, outlet: article.outlet, url: article.url ?? undefined, published: article.published ?? undefined });
  let stored;
  try {
    stored = storeExtractedArticle(db, article, extraction, options);
  } catch (error) {
    // Another process stored the same article between our check and our write: theirs stands.
    const raced = (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" ? findDuplicateArticle(db, article.body, article.url) : undefined;
    if (raced) return { status: "skipped", articleId: raced.id, reason: `already stored as article ${raced.id} ("${raced.title}")` };
    throw error;
  }
  const { articleId, eventIds } = stored;
  return { status: "stored", articleId, eventIds, warnings: [...warnings, ...extraction.warnings.filter((warning) => !warning.startsWith("no publication date"))] };
}
