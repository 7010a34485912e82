import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { MAX_BODY_BYTES } from "@/ingest/article-input";
import { articleMeta, prepareArticle, storeArticle } from "@/ingest/ingest-article";
import { extractOffThread } from "@/server/extraction";
import { WorkersBusyError, WorkerTimeoutError } from "@/server/worker-pool";
import { busyResponse, errorResponse } from "../respond";
import { readJsonBody, reviewerOf } from "../request";
import { guardWrite } from "../access";

/**
 * POST /api/articles {title, outlet, url, published, body}: stores the article with its
 * extracted draft events. 201 when stored, 200 with the existing id when the same body or
 * URL is stored already, 400/413 with {error} for bad input, 422 when extraction ran out of
 * its time budget, 503 with Retry-After when every extraction worker is busy (nothing is
 * written in any of these). Extraction runs on a worker thread: the server keeps answering.
 */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const json = await readJsonBody(request, MAX_BODY_BYTES + 10_000);
  if (!json.ok) return json.response;
  const prepared = prepareArticle(getDb(), json.value);
  if (prepared.status === "failed") return errorResponse(prepared.error.includes("limit") ? 413 : 400, prepared.error);
  if (prepared.status === "skipped") return NextResponse.json(prepared);
  let extraction;
  try {
    extraction = await extractOffThread(prepared.article.body, articleMeta(prepared.article));
  } catch (error) {
    if (error instanceof WorkerTimeoutError)
      return errorResponse(422, `extraction ${error.message}: the article was not stored (is it really an article?)`);
    if (error instanceof WorkersBusyError) return busyResponse("the server is extracting other articles");
    throw error;
  }
  const result = storeArticle(getDb(), prepared, extraction, { reviewer: reviewerOf(request) });
  return NextResponse.json(result, { status: result.status === "stored" ? 201 : 200 });
}
