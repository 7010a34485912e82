/**
 * Reads a region version drawn in the dashboard (POST /api/regions/:id/versions) or a new region
 * (POST /api/regions). Pure and cheap: the body's shape and words are checked here, on the request
 * thread; its geometry goes through the import's own checks (checkArea) with the write, on the
 * import worker (server/imports.ts), because those checks compare segments pairwise.
 */
import { z } from "zod";
import { actorIdSchema } from "@/lib/actor-id";
import { regionIdSchema } from "@/lib/region-id";
import type { RegionDrawing } from "@/db/queries/regions";
import type { SourceCitation } from "@/geo/types";
import { basisSchema, checkArea, citationSchema, regionKindSchema, regionNameSchema, regionStatusSchema } from "./region-geojson";

/** A drawn version's positions: an analyst's line, not a boundary file (those are imported). */
export const MAX_DRAWN_POSITIONS = 5_000;
/** The longest sentence of an article a version may cite. */
const MAX_CITED_SENTENCE = 2_000;

/** A drawing as the request gives it: its geometry not yet checked. */
export type UncheckedDrawing = Omit<RegionDrawing, "geometry"> & { geometry: unknown };

export type DrawingResult = { ok: true; value: UncheckedDrawing } | { ok: false; error: string };

const day = z.iso.date({ message: "a day as YYYY-MM-DD" });
const sentenceSchema = z
  .object({
    articleId: z.number().int().positive(),
    start: z.number().int().min(0),
    end: z.number().int().positive(),
  })
  .refine((span) => span.end > span.start && span.end - span.start <= MAX_CITED_SENTENCE, {
    message: `a span of 1 to ${MAX_CITED_SENTENCE} characters (end after start)`,
  });
const sourceSchema = z.union([sentenceSchema, citationSchema], {
  message: "a citation {title, publisher, url?} or a sentence of a stored article {articleId, start, end}",
});

const versionSchema = z.object({
  baseVersion: z.number({ message: "the version the drawing started from" }).int().positive(),
  geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }, { message: "a Polygon or MultiPolygon" }),
  validFrom: day,
  status: regionStatusSchema,
  basis: basisSchema,
  sources: z.array(sourceSchema).min(1, "at least one source: every region says where it comes from").max(50, "at most 50 sources"),
});
const newRegionSchema = versionSchema.omit({ baseVersion: true }).extend({
  id: regionIdSchema,
  name: regionNameSchema,
  kind: regionKindSchema,
  controllingActor: actorIdSchema.nullable().default(null),
});

function problem(error: z.ZodError): string {
  const issue = error.issues[0];
  return `property "${issue.path.join(".") || "(body)"}" must be ${issue.message}`;
}

/** Today in UTC as YYYY-MM-DD: a version cannot start later than that. */
const today = () => new Date().toISOString().slice(0, 10);

function finish(
  regionId: string,
  baseVersion: number | null,
  region: UncheckedDrawing["region"],
  body: z.infer<typeof versionSchema> | z.infer<typeof newRegionSchema>,
): DrawingResult {
  if (body.validFrom > today()) return { ok: false, error: `validFrom ${body.validFrom} is in the future: a version records what holds` };
  const positions = JSON.stringify(body.geometry.coordinates).split("[").length;
  if (positions > MAX_DRAWN_POSITIONS)
    return {
      ok: false,
      error: `the drawing has about ${positions} positions; at most ${MAX_DRAWN_POSITIONS} (import larger shapes as GeoJSON)`,
    };
  const sentences = body.sources.filter((source): source is RegionDrawing["sentences"][number] => "articleId" in source);
  const citations = body.sources.filter((source): source is SourceCitation => !("articleId" in source));
  return {
    ok: true,
    value: {
      regionId,
      baseVersion,
      region,
      geometry: body.geometry,
      validFrom: body.validFrom,
      status: body.status,
      basis: body.basis,
      citations,
      sentences,
    },
  };
}

/** The body of POST /api/regions/:id/versions. */
export function parseDrawnVersion(regionId: string, json: unknown): DrawingResult {
  if (!regionIdSchema.safeParse(regionId).success) return { ok: false, error: `invalid region id "${regionId}"` };
  const body = versionSchema.safeParse(json);
  if (!body.success) return { ok: false, error: problem(body.error) };
  return finish(regionId, body.data.baseVersion, null, body.data);
}

/** The body of POST /api/regions: a new region and its first version. */
export function parseNewRegion(json: unknown): DrawingResult {
  const body = newRegionSchema.safeParse(json);
  if (!body.success) return { ok: false, error: problem(body.error) };
  const { id, name, kind, controllingActor } = body.data;
  return finish(id, null, { name, kind, controllingActor }, body.data);
}

/** The import's geometry checks (closed rings, no crossing, on the globe, RFC 7946 winding) on a drawing. */
export function checkDrawing(drawing: UncheckedDrawing): { ok: true; value: RegionDrawing } | { ok: false; error: string } {
  const checked = checkArea(drawing.geometry, "the drawing");
  return "error" in checked ? { ok: false, error: checked.error } : { ok: true, value: { ...drawing, geometry: checked.geometry } };
}
