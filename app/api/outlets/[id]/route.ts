import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { gradeOutlet } from "@/db/queries/outlets";
import { RELIABILITY_GRADES } from "@/lib/vocabulary";
import { readJsonBody, reviewerOf } from "../../request";
import { errorResponse, parseId, respondWith } from "../../respond";
import { guardWrite } from "../../access";

type Context = { params: Promise<{ id: string }> };

const gradeSchema = z
  .object({ grade: z.enum(RELIABILITY_GRADES, { message: `a grade, one of ${RELIABILITY_GRADES.join(", ")}` }) })
  .strict();

/** PATCH /api/outlets/:id {grade: "A"…"F"} — an analyst grades an outlet's reliability; its events and incidents carry the grade. */
export async function PATCH(request: NextRequest, { params }: Context) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const id = parseId((await params).id, "outlet");
  if (typeof id !== "number") return id;
  const json = await readJsonBody(request, 1_000);
  if (!json.ok) return json.response;
  const parsed = gradeSchema.safeParse(json.value);
  if (!parsed.success) return errorResponse(400, `invalid grade: expected ${parsed.error.issues[0].message}`);
  return respondWith(() => gradeOutlet(getDb(), id, parsed.data.grade, reviewerOf(request)));
}
