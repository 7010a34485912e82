import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { mergeIncidents, overrideCredibility, splitReport } from "@/db/queries/incidents";
import { reviewIncident } from "@/db/queries/review";
import { parseIncidentDecision } from "@/ingest/incident-input";
import { readJsonBody, reviewerOf } from "../../../request";
import { errorResponse, parseId, respondWith } from "../../../respond";
import { guardWrite } from "../../../access";

type Context = { params: Promise<{ id: string }> };

/**
 * POST /api/events/:id/incident — an analyst's decision on the incident event :id reports:
 * `{action: "merge", with: otherEventId}` (one happening: the other's reports join), `{action: "split"}`
 * (this report stands alone), `{action: "confirm"}` / `{action: "reject"}` (every report), or
 * `{action: "credibility", credibility: 1–6 | null, reason}`. Each is one transaction, logged with who and when.
 */
export async function POST(request: NextRequest, { params }: Context) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const id = parseId((await params).id, "event");
  if (typeof id !== "number") return id;
  const json = await readJsonBody(request, 2_000);
  if (!json.ok) return json.response;
  const decision = parseIncidentDecision(json.value);
  if (!decision.ok) return errorResponse(400, decision.error);
  const reviewer = reviewerOf(request);
  const db = getDb();
  const value = decision.value;
  return respondWith(() => {
    if (value.action === "merge") return mergeIncidents(db, id, value.with, reviewer);
    if (value.action === "split") return splitReport(db, id, reviewer);
    if (value.action === "credibility") return overrideCredibility(db, id, value.credibility, value.reason, reviewer);
    return reviewIncident(db, id, value.action === "confirm" ? "confirmed" : "rejected", reviewer);
  });
}
