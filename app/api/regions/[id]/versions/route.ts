import type { NextRequest } from "next/server";
import { parseDrawnVersion } from "@/ingest/region-drawing";
import { guardWrite } from "../../../access";
import { readJsonBody, reviewerOf } from "../../../request";
import { MAX_DRAWING_BYTES, saveDrawing } from "../../save-drawing";

/**
 * POST /api/regions/:id/versions {baseVersion, geometry, validFrom, status, basis, sources} → 201
 * {id, version}: a new version drawn from version `baseVersion`, which closes on `validFrom`.
 * Sources are citations {title, publisher, url?} or sentences of stored articles {articleId, start, end}.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const { id } = await params;
  const json = await readJsonBody(request, MAX_DRAWING_BYTES);
  if (!json.ok) return json.response;
  return saveDrawing(parseDrawnVersion(id, json.value), reviewerOf(request));
}
