/**
 * The event filters, as the API, the dashboard URL and the queries share them. Pure (zod
 * only): the browser parses its own URL with the same rules the server applies.
 *
 * Query-string form: `actor` (repeatable: events involving any of them), `exclude`
 * (repeatable: events involving none of them), `type` (repeatable PLOVER type), `from` and
 * `to` (YYYY-MM-DD; an event matches when its date range overlaps), `bbox`
 * (west,south,east,north), `region` (a region id: events inside it), `border-km` (events
 * within that many km of the Türkiye–Syria border), `killed=1` (events whose source reports at
 * least one death), `source` (article: events a stored article's quote states; dataset: events
 * of an imported dataset such as ACLED), `min-sources` (incidents with at least that many independent
 * sources), `min-reliability` (incidents one of whose outlets is graded at least that, A–F).
 */
import { z } from "zod";
import { actorIdSchema } from "@/lib/actor-id";
import type { BoundingBox, RegionId } from "@/geo/types";
import { regionIdSchema } from "./region-id";
import {
  EVENT_SOURCE_KINDS,
  PLOVER_TYPES,
  RELIABILITY_GRADES,
  precisionOfDate,
  type EventSourceKind,
  type PloverType,
  type ReliabilityGrade,
} from "@/lib/vocabulary";

export interface EventFilters {
  actors: string[];
  excludedActors: string[];
  types: PloverType[];
  from?: string;
  to?: string;
  bbox?: BoundingBox;
  region?: RegionId;
  /** Events within this many km of the Türkiye–Syria boundary. */
  borderKm?: number;
  /** Only events whose source reports at least one death. */
  killed?: true;
  /** Only events from articles, or only a dataset's. */
  source?: EventSourceKind;
  /** Only incidents reported by at least this many independent sources (reprints of one wire count once). */
  minSources?: number;
  /** Only incidents one of whose outlets is graded this or better (A best). */
  minReliability?: ReliabilityGrade;
}

export const NO_FILTERS: EventFilters = { actors: [], excludedActors: [], types: [] };

const actorId = actorIdSchema;
const day = z.string().refine((value) => precisionOfDate(value) === "day", "a date as YYYY-MM-DD");
const bbox = z
  .string()
  .transform((value) => value.split(",").map(Number))
  .refine(
    (numbers) =>
      numbers.length === 4 &&
      numbers.every(Number.isFinite) &&
      numbers[0] >= -180 &&
      numbers[2] <= 180 &&
      numbers[1] >= -90 &&
      numbers[3] <= 90 &&
      numbers[0] < numbers[2] &&
      numbers[1] < numbers[3],
    "west,south,east,north in degrees, west < east and south < north",
  )
  .transform((numbers) => numbers as BoundingBox);

const filterSchema = z
  .object({
    actor: z.array(actorId),
    exclude: z.array(actorId),
    type: z.array(z.enum(PLOVER_TYPES, { message: `one of ${PLOVER_TYPES.join(", ")}` })),
    from: day.optional(),
    to: day.optional(),
    bbox: bbox.optional(),
    region: regionIdSchema.optional(),
    "border-km": z.coerce
      .number({ message: "a distance in km" })
      .int("a whole number of km")
      .min(1, "at least 1 km")
      .max(1000, "at most 1000 km")
      .optional(),
    killed: z.literal("1", { message: "1 (events with at least one reported death)" }).optional(),
    source: z.enum(EVENT_SOURCE_KINDS, { message: `one of ${EVENT_SOURCE_KINDS.join(", ")}` }).optional(),
    "min-sources": z.coerce
      .number({ message: "a number of independent sources" })
      .int("a whole number of sources")
      .min(1, "at least 1 source")
      .max(50, "at most 50 sources")
      .optional(),
    "min-reliability": z.enum(RELIABILITY_GRADES, { message: `a grade, one of ${RELIABILITY_GRADES.join(", ")}` }).optional(),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { message: "from is after to", path: ["from"] });

export type ParsedFilters = { ok: true; filters: EventFilters } | { ok: false; error: string };

/** Reads the filter parameters; other parameters are left for the caller. */
export function parseEventFilters(params: URLSearchParams): ParsedFilters {
  const single = (name: string) => {
    const values = params.getAll(name);
    return values.length ? values[values.length - 1] : undefined;
  };
  const result = filterSchema.safeParse({
    actor: params.getAll("actor"),
    exclude: params.getAll("exclude"),
    type: params.getAll("type"),
    from: single("from"),
    to: single("to"),
    bbox: single("bbox"),
    region: single("region"),
    "border-km": single("border-km"),
    killed: single("killed"),
    source: single("source"),
    "min-sources": single("min-sources"),
    "min-reliability": single("min-reliability"),
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: `invalid parameter "${String(issue.path[0])}": expected ${issue.message}` };
  }
  const {
    actor,
    exclude,
    type,
    "border-km": borderKm,
    killed,
    "min-sources": minSources,
    "min-reliability": minReliability,
    ...rest
  } = result.data;
  return {
    ok: true,
    filters: {
      actors: actor,
      excludedActors: exclude,
      types: type,
      ...rest,
      ...(borderKm !== undefined && { borderKm }),
      ...(killed && { killed: true as const }),
      ...(minSources !== undefined && { minSources }),
      ...(minReliability && { minReliability }),
    },
  };
}

/** The inverse of parseEventFilters, in a stable order so equal filters give equal URLs. */
export function writeEventFilters(filters: EventFilters, params = new URLSearchParams()): URLSearchParams {
  for (const actor of [...filters.actors].sort()) params.append("actor", actor);
  for (const actor of [...filters.excludedActors].sort()) params.append("exclude", actor);
  for (const type of [...filters.types].sort()) params.append("type", type);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.bbox) params.set("bbox", filters.bbox.join(","));
  if (filters.region) params.set("region", filters.region);
  if (filters.borderKm) params.set("border-km", String(filters.borderKm));
  if (filters.killed) params.set("killed", "1");
  if (filters.source) params.set("source", filters.source);
  if (filters.minSources) params.set("min-sources", String(filters.minSources));
  if (filters.minReliability) params.set("min-reliability", filters.minReliability);
  return params;
}

/**
 * Which of the counts kept ahead by triggers (migrations 0005, 0008, 0021) answers these filters:
 * every visible event, one actor's, or every event less one actor's. The filters named in
 * `answeredApart` are the caller's to apply (the view's box by its cell range, the timeline's
 * dates by ignoring them). Undefined when any other filter is set: then an index scan answers.
 */
export type CountedSelection = { kind: "every" } | { kind: "only" | "hide"; actorId: string };

export function countedSelection(filters: EventFilters, answeredApart: (keyof EventFilters)[]): CountedSelection | undefined {
  const allowed = [...answeredApart, "actors", "excludedActors"];
  const otherFilterSet = (Object.keys(filters) as (keyof EventFilters)[]).some((key) => {
    const value = filters[key];
    return !allowed.includes(key) && value !== undefined && !(Array.isArray(value) && !value.length);
  });
  if (otherFilterSet) return undefined;
  const { actors, excludedActors } = filters;
  if (!actors.length && !excludedActors.length) return { kind: "every" };
  if (actors.length === 1 && !excludedActors.length) return { kind: "only", actorId: actors[0] };
  if (excludedActors.length === 1 && !actors.length) return { kind: "hide", actorId: excludedActors[0] };
  return undefined;
}

/** Whether a region stays on the map under these filters: its controller must not be filtered out. */
export function isRegionVisible(filters: EventFilters, controllingActor: string | null): boolean {
  if (!controllingActor) return true;
  if (filters.excludedActors.includes(controllingActor)) return false;
  return !filters.actors.length || filters.actors.includes(controllingActor);
}

/** The filters in words, for a printed briefing: what was shown and what was left out. */
export function describeFilters(filters: EventFilters, actorName: (id: string) => string): string[] {
  const words: string[] = [];
  if (filters.actors.length) words.push(`Only events involving ${filters.actors.map(actorName).join(", ")}`);
  if (filters.excludedActors.length) words.push(`Hidden: events involving ${filters.excludedActors.map(actorName).join(", ")}`);
  if (filters.types.length) words.push(`Event types: ${filters.types.join(", ")}`);
  if (filters.from || filters.to) words.push(`Dates: ${filters.from ?? "any"} to ${filters.to ?? "any"}`);
  if (filters.bbox) words.push(`Within ${filters.bbox.join(", ")} (W, S, E, N)`);
  if (filters.region) words.push(`Inside region ${filters.region}`);
  if (filters.borderKm) words.push(`Within ${filters.borderKm} km of the Türkiye–Syria border`);
  if (filters.killed) words.push("Only events with at least one reported death");
  if (filters.source) words.push(filters.source === "dataset" ? "Only dataset events (ACLED)" : "Only events from articles");
  if (filters.minSources)
    words.push(`Only incidents with at least ${filters.minSources} independent source${filters.minSources > 1 ? "s" : ""}`);
  if (filters.minReliability) words.push(`Only incidents reported by an outlet graded ${filters.minReliability} or better`);
  return words.length ? words : ["No filters: all confirmed and draft events"];
}
