import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getArticleDetail } from "@/db/queries/articles";
import { parseId, respondWith } from "../../respond";

/** GET /api/articles/:id → the verbatim body with its event and region spans. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id, "article");
  if (typeof id !== "number") return id;
  return respondWith(() => getArticleDetail(getDb(), id));
}
