import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { MAX_BODY_BYTES } from "@/ingest/article-input";
import { ingestArticle } from "@/ingest/ingest-article";
import { errorResponse } from "../respond";
import { readJsonBody, reviewerOf } from "../request";
import { guardWrite } from "../access";

/**
 * POST /api/articles {title, outlet, url, published, body}: stores the article with its
 * extracted draft events. 201 when stored, 200 with the existing id when the same body or
 * URL is stored already, 400/413 with {error} for bad input (nothing is written).
 */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const json = await readJsonBody(request, MAX_BODY_BYTES + 10_000);
  if (!json.ok) return json.response;
  const result = ingestArticle(getDb(), json.value, { reviewer: reviewerOf(request) });
  if (result.status === "failed") return errorResponse(result.error.includes("limit") ? 413 : 400, result.error);
  return NextResponse.json(result, { status: result.status === "stored" ? 201 : 200 });
}
