/**
 * Reads a GeoJSON file of region versions for import: every problem is reported with the
 * feature it is in (an open ring, a ring crossing itself, a coordinate off the globe, a
 * missing source), and rings are rewound as RFC 7946 asks (outer rings anticlockwise,
 * holes clockwise). Pure: the database write is db/queries/regions.ts.
 *
 * Each feature is a Polygon or MultiPolygon whose properties are a region's (geo/types.ts
 * RegionProps): `id` (one of the three regions), `name`, `kind`, `controllingActor`,
 * `status`, `validFrom` (required: from when this version holds), `validTo`, `basis` and
 * `sources` (at least one citation: every region on the map says where it comes from).
 */
import { booleanClockwise, booleanValid, kinks, polygon as turfPolygon } from "@turf/turf";
import { z } from "zod";
import { precisionOfDate } from "@/lib/vocabulary";
import { actorIdSchema } from "@/lib/actor-id";
import { regionIdSchema } from "@/lib/region-id";
import { plainText } from "@/lib/plain-text";
import { topologyError } from "@/geo/geometry-check";
import { REGION_KINDS, REGION_STATUSES, type Area, type ParsedRegions } from "@/geo/types";

export const MAX_REGION_FILE_BYTES = 20 * 1024 * 1024;
/**
 * The checks for crossings and validity (turf kinks, booleanValid) compare segments pairwise:
 * 8,000 positions take 2 s here, 16,000 about 16 s. The regions drawn so far have at most 519
 * (geo/data/regions.geojson); 10,000 a feature and 50,000 a file bound any file to seconds.
 */
export const MAX_FEATURE_POSITIONS = 10_000;
const MAX_POSITIONS = 50_000;

export type RegionFileResult = { ok: true; value: ParsedRegions } | { ok: false; errors: string[] };

const date = z.string().refine((value) => precisionOfDate(value) !== null, "a date as YYYY, YYYY-MM or YYYY-MM-DD");
const text = (what: string, options: { singleLine?: boolean } = { singleLine: true }) => plainText(options).trim().min(1, `${what} (text)`);
/** A citation of a region version's source: every region on the map says where it comes from. */
export const citationSchema = z.object({
  title: text("a title"),
  publisher: text("a publisher"),
  url: z.url({ protocol: /^https?$/ }).optional(),
  licence: z.string().optional(),
});

/** How a version was drawn, in a sentence or two a reader can check. */
export const basisSchema = text("how the polygon was drawn", { singleLine: false }).pipe(z.string().max(4000));
export const regionNameSchema = text("a name").pipe(z.string().max(200));
export const regionKindSchema = z.enum(REGION_KINDS, { message: `one of ${REGION_KINDS.join(", ")}` });
export const regionStatusSchema = z.enum(REGION_STATUSES, { message: `one of ${REGION_STATUSES.join(", ")}` });

const propertiesSchema = z
  .object({
    id: regionIdSchema,
    name: regionNameSchema,
    kind: regionKindSchema,
    controllingActor: actorIdSchema.nullable().default(null),
    status: regionStatusSchema,
    validFrom: date,
    validTo: date.nullable().default(null),
    basis: basisSchema,
    sources: z
      .array(citationSchema, { message: "a list of citations" })
      .min(1, "at least one source: every region says where it comes from"),
  })
  .refine((value) => !value.validTo || value.validTo > value.validFrom, {
    message: "validTo must come after validFrom",
    path: ["validTo"],
  });

type Position = number[];
type Ring = Position[];

/** A ring's own problems, before any geometry library sees it. */
function ringProblem(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return `${where} needs at least 4 positions (a closed triangle)`;
  for (const position of ring) {
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      !position.every((number) => typeof number === "number" && Number.isFinite(number))
    ) {
      return `${where} has a position that is not [longitude, latitude]`;
    }
    if (Math.abs(position[0]) > 180 || Math.abs(position[1]) > 90)
      return `${where} has a coordinate off the globe: ${position[0]}, ${position[1]}`;
  }
  const [first, last] = [ring[0] as Position, ring[ring.length - 1] as Position];
  if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed: its last position must repeat its first`;
  return null;
}

function polygonsOf(geometry: { type: string; coordinates: unknown }): unknown[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : Array.isArray(geometry.coordinates) ? geometry.coordinates : [null];
}

/**
 * Checks an area (a file's feature, a drawn version) as GIS tools would; on success rewinds its
 * rings and says how many turned. `where` names it in the messages ("feature 3", "the drawing").
 */
export function checkArea(geometry: unknown, where: string): { error: string } | { geometry: Area; rewound: number } {
  if (!geometry || typeof geometry !== "object" || !("type" in geometry) || !("coordinates" in geometry))
    return { error: `${where}: no geometry` };
  const typed = geometry as { type: string; coordinates: unknown };
  if (typed.type !== "Polygon" && typed.type !== "MultiPolygon")
    return { error: `${where}: geometry must be a Polygon or MultiPolygon, not ${typed.type}` };
  const positions = JSON.stringify(typed.coordinates).split("[").length;
  if (positions > MAX_FEATURE_POSITIONS) {
    return {
      error: `${where} has about ${positions.toLocaleString("en")} positions; at most ${MAX_FEATURE_POSITIONS.toLocaleString("en")} a feature: simplify it (for example with mapshaper's -simplify) and import it again`,
    };
  }
  let rewound = 0;
  const polygons: Ring[][] = [];
  for (const [polygonIndex, rings] of polygonsOf(typed).entries()) {
    const label = typed.type === "MultiPolygon" ? `${where} polygon ${polygonIndex}` : where;
    if (!Array.isArray(rings) || !rings.length) return { error: `${label} has no rings` };
    for (const [ringIndex, ring] of rings.entries()) {
      const problem = ringProblem(ring, `${label} ring ${ringIndex}`);
      if (problem) return { error: problem };
    }
    const crossings = kinks(turfPolygon(rings as Ring[])).features;
    if (crossings.length) {
      const [lon, lat] = crossings[0].geometry.coordinates;
      return { error: `${label} crosses itself near ${lon.toFixed(4)}, ${lat.toFixed(4)}` };
    }
    // RFC 7946 §3.1.6: exterior rings anticlockwise, holes clockwise.
    polygons.push(
      (rings as Ring[]).map((ring, ringIndex) => {
        const wantClockwise = ringIndex > 0;
        if (booleanClockwise(ring as [number, number][]) === wantClockwise) return ring;
        rewound += 1;
        return [...ring].reverse();
      }),
    );
  }
  const area: Area =
    typed.type === "Polygon" ? { type: "Polygon", coordinates: polygons[0] } : { type: "MultiPolygon", coordinates: polygons };
  if (!booleanValid(area)) return { error: `${where}: not a valid ${typed.type} (a hole outside its ring, or polygons overlapping)` };
  // What QGIS and PostGIS would refuse and turf lets through (a hole crossing itself, rings touching along a line).
  const problem = topologyError(area);
  if (problem) return { error: `${where}: not a valid ${typed.type} (${problem})` };
  return { geometry: area, rewound };
}

/** Parses and checks a region GeoJSON text; all features or none: any problem refuses the file. */
export function parseRegionGeoJson(text: string): RegionFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${(error as Error).message}`] };
  }
  const collection = json as { type?: unknown; features?: unknown };
  const features =
    collection?.type === "FeatureCollection" && Array.isArray(collection.features)
      ? collection.features
      : collection?.type === "Feature"
        ? [json]
        : null;
  if (!features) return { ok: false, errors: ["not a GeoJSON FeatureCollection (or Feature)"] };
  if (!features.length) return { ok: false, errors: ["the FeatureCollection has no features"] };
  const positions = JSON.stringify(features).split("[").length;
  if (positions > MAX_POSITIONS)
    return {
      ok: false,
      errors: [`too many positions (about ${positions.toLocaleString("en")}); at most ${MAX_POSITIONS.toLocaleString("en")} a file`],
    };

  const errors: string[] = [];
  const regions: ParsedRegions["regions"] = [];
  let ringsRewound = 0;
  features.forEach((feature: { properties?: unknown; geometry?: unknown } | null, index) => {
    const where = `feature ${index}`;
    const properties = propertiesSchema.safeParse(feature?.properties ?? {});
    if (!properties.success) {
      const issue = properties.error.issues[0];
      errors.push(`${where}: property "${issue.path.join(".")}" must be ${issue.message}`);
      return;
    }
    const checked = checkArea(feature?.geometry, where);
    if ("error" in checked) return errors.push(checked.error);
    ringsRewound += checked.rewound;
    regions.push({ properties: properties.data, geometry: checked.geometry });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: { regions, ringsRewound } };
}
