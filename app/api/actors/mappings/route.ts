import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { listActorNameMappings, mapImportedActor } from "@/db/queries/actor-mappings";
import { actorIdSchema } from "@/lib/actor-id";
import { guardWrite } from "../../access";
import { readJsonBody, reviewerOf } from "../../request";
import { errorResponse, respondWith } from "../../respond";

export const dynamic = "force-dynamic";

const mappingSchema = z.object({ importedId: actorIdSchema, actorId: actorIdSchema }).strict();

/** GET /api/actors/mappings → the dataset names analysts have mapped to registry actors. */
export function GET() {
  return respondWith(() => listActorNameMappings(getDb()));
}

/**
 * POST /api/actors/mappings {importedId, actorId}: an imported actor's name (an ACLED name the
 * registry lacked) means this registry actor. Its events move to it, each change logged, and
 * every later import reads the name so (ingest/acled-actors.ts).
 */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const parsed = mappingSchema.safeParse(body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse(400, `invalid mapping: ${issue.path.join(".") || "body"} ${issue.message}`);
  }
  return respondWith(() => mapImportedActor(getDb(), parsed.data, reviewerOf(request)));
}
