/**
 * Reads an analyst's decision on an incident (POST /api/events/:id/incident) into what
 * db/queries/incidents.ts and db/queries/review.ts apply, naming every problem.
 */
import { z } from "zod";
import { CREDIBILITIES, type Credibility } from "@/lib/vocabulary";
import { plainText } from "@/lib/plain-text";

const decisionSchema = z.discriminatedUnion(
  "action",
  [
    z
      .object({ action: z.literal("merge"), with: z.number({ message: "the id of an event of the other incident" }).int().positive() })
      .strict(),
    z.object({ action: z.literal("split") }).strict(),
    z.object({ action: z.literal("confirm") }).strict(),
    z.object({ action: z.literal("reject") }).strict(),
    z
      .object({
        action: z.literal("credibility"),
        credibility: z.union([z.literal(null), ...CREDIBILITIES.map((value) => z.literal(value))], {
          message: "1–6 on the Admiralty scale, or null to clear the override",
        }),
        reason: plainText().max(500).nullable().optional(),
      })
      .strict(),
  ],
  { message: 'an "action": merge, split, confirm, reject or credibility' },
);

export type IncidentDecision =
  | { action: "merge"; with: number }
  | { action: "split" | "confirm" | "reject" }
  | { action: "credibility"; credibility: Credibility | null; reason: string | null };

export function parseIncidentDecision(json: unknown): { ok: true; value: IncidentDecision } | { ok: false; error: string } {
  const result = decisionSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `"${issue.path.join(".")}": ` : "";
    return { ok: false, error: `invalid incident decision: ${where}${issue.message}` };
  }
  const value = result.data;
  return { ok: true, value: value.action === "credibility" ? { ...value, reason: value.reason ?? null } : (value as IncidentDecision) };
}
