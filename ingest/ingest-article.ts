import type { GeobriefDb } from "@/db/client";
import { findDuplicateArticle, storeExtractedArticle } from "@/db/queries/ingest";
import type { ArticleInput } from "@/lib/extraction-types";
import { validateArticleInput } from "./article-input";
import { extractArticle } from "./extract-article";
import type { ArticleMeta, Extraction } from "@/lib/extraction-types";

export type IngestResult =
  | { status: "stored"; articleId: number; eventIds: number[]; warnings: string[] }
  | { status: "skipped"; articleId: number; reason: string }
  | { status: "failed"; error: string };

/** An article that passed validation and is not stored yet: ready to extract. */
export interface PreparedArticle {
  status: "ready";
  article: ArticleInput;
  warnings: string[];
}

const alreadyStored = (duplicate: { id: number; title: string }): Extract<IngestResult, { status: "skipped" }> => ({
  status: "skipped",
  articleId: duplicate.id,
  reason: `already stored as article ${duplicate.id} ("${duplicate.title}")`,
});

/** Validates the input and skips what is stored already (same body or URL). Writes nothing. */
export function prepareArticle(db: GeobriefDb, raw: unknown): PreparedArticle | Exclude<IngestResult, { status: "stored" }> {
  const validated = validateArticleInput(raw);
  if (!validated.ok) return { status: "failed", error: validated.error };
  const duplicate = findDuplicateArticle(db, validated.article.body, validated.article.url);
  return duplicate ? alreadyStored(duplicate) : { status: "ready", article: validated.article, warnings: validated.warnings };
}

/** What the extractor reads beside the body. */
export function articleMeta({ title, outlet, url, published }: ArticleInput): ArticleMeta {
  return { title, outlet, url: url ?? undefined, published: published ?? undefined };
}

/** Stores a prepared article with its extracted draft events in one transaction. */
export function storeArticle(
  db: GeobriefDb,
  prepared: PreparedArticle,
  extraction: Extraction,
  options: { reviewer: string },
): IngestResult {
  let stored;
  try {
    stored = storeExtractedArticle(db, prepared.article, extraction, options);
  } catch (error) {
    // Another process stored the same article between our check and our write: theirs stands.
    const raced =
      (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE"
        ? findDuplicateArticle(db, prepared.article.body, prepared.article.url)
        : undefined;
    if (raced) return alreadyStored(raced);
    throw error;
  }
  const warnings = [
    ...prepared.warnings,
    ...extraction.warnings.filter((warning) => !warning.startsWith("no publication date")),
    ...stored.warnings,
  ];
  return { status: "stored", articleId: stored.articleId, eventIds: stored.eventIds, warnings };
}

/**
 * The one pipeline behind every door (CLI, API, form): validate, skip what is stored
 * already (same body or URL), extract, store the article with its draft events in one
 * transaction. Nothing is written when any step fails. The web server runs the same steps
 * with extraction on a worker thread (server/extraction-pool.ts).
 */
export function ingestArticle(db: GeobriefDb, raw: unknown, options: { reviewer: string }): IngestResult {
  const prepared = prepareArticle(db, raw);
  if (prepared.status !== "ready") return prepared;
  return storeArticle(db, prepared, extractArticle(prepared.article.body, articleMeta(prepared.article)), options);
}
