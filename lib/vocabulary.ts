/**
 * The event model's vocabulary. Pure: no SQL, no drizzle, so components, routes, scripts
 * and the schema all read the same lists.
 */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
  "OTHER",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const QUAD_CLASSES = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict", "other"] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

export const QUAD_CLASS_LABELS: Record<QuadClass, string> = {
  "verbal-cooperation": "Verbal cooperation",
  "material-cooperation": "Material cooperation",
  "verbal-conflict": "Verbal conflict",
  "material-conflict": "Material conflict",
  other: "Other",
};

/**
 * PLOVER types grouped as CAMEO's quad classes group their ancestors: statements, appeals
 * and consultations are verbal cooperation; aid and yielding (CONCEDE, RETREAT) material
 * cooperation; accusations, rejections and threats verbal conflict; protest and force
 * material conflict.
 */
const QUAD_CLASS_OF: Record<PloverType, QuadClass> = {
  AGREE: "verbal-cooperation",
  CONSULT: "verbal-cooperation",
  SUPPORT: "verbal-cooperation",
  REQUEST: "verbal-cooperation",
  CONCEDE: "material-cooperation",
  COOPERATE: "material-cooperation",
  AID: "material-cooperation",
  RETREAT: "material-cooperation",
  ACCUSE: "verbal-conflict",
  REJECT: "verbal-conflict",
  THREATEN: "verbal-conflict",
  PROTEST: "material-conflict",
  SANCTION: "material-conflict",
  MOBILIZE: "material-conflict",
  COERCE: "material-conflict",
  ASSAULT: "material-conflict",
  OTHER: "other",
};

export function quadClassOf(type: PloverType): QuadClass {
  return QUAD_CLASS_OF[type];
}

/**
 * Kinds of happening that reports word differently ("struck" and "the attack"; "seized" and
 * "captured"): a restatement in one article (ingest/extract/events.ts) and another outlet's report of
 * one incident (db/queries/incidents.ts) may differ in type within a family, never across.
 */
const TYPE_FAMILY: Partial<Record<PloverType, string>> = {
  ASSAULT: "force",
  COERCE: "force",
  MOBILIZE: "movement",
  RETREAT: "movement",
  CONCEDE: "movement",
  AGREE: "deal",
  COOPERATE: "deal",
  AID: "deal",
  THREATEN: "warning",
  ACCUSE: "warning",
};
export const typeFamilyOf = (type: PloverType): string => TYPE_FAMILY[type] ?? type;
/** The types of a family, for a query that looks for reports of one happening. */
export const typesOfFamily = (family: string): PloverType[] => PLOVER_TYPES.filter((type) => typeFamilyOf(type) === family);

/** "week" is ACLED's time_precision 2 (lib/acled.ts): a day ± 3; no written form says it, so dates never parse to it. */
export const DATE_PRECISIONS = ["day", "week", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
/** Where an event's fact comes from: a quote of a stored article, or a row of a coded dataset (ACLED). */
export const EVENT_SOURCE_KINDS = ["article", "dataset"] as const;
export type EventSourceKind = (typeof EVENT_SOURCE_KINDS)[number];
export const EVENT_STATUSES = ["draft", "confirmed", "rejected"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const ACTOR_ROLES = ["initiator", "target", "associated"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
/** ACLED's geo_precision: 1 the town itself, 2 near it or part of a region, 3 a region or country. */
export const GEO_PRECISIONS = [1, 2, 3] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];
export const GEO_PRECISION_LABELS: Record<GeoPrecision, string> = {
  1: "town",
  2: "near a town or part of a region",
  3: "region or country",
};
export const PLACE_PRECISIONS = ["country", "admin1", "admin2", "city", "village", "site"] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

const DATE_OF_PRECISION: Record<Exclude<DatePrecision, "week">, RegExp> = {
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

/** "2024-12" → "month"; undefined for anything that is not a YYYY, YYYY-MM or YYYY-MM-DD date. */
export function precisionOfDate(value: string): Exclude<DatePrecision, "week"> | undefined {
  const precision = (["day", "month", "year"] as const).find((candidate) => DATE_OF_PRECISION[candidate].test(value));
  if (precision === "day" && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) return undefined;
  return precision;
}

/** The first and last day a date of some precision can mean: "2024-12" → 2024-12-01 … 2024-12-31. */
export function dateRange(value: string): { start: string; end: string } {
  const precision = precisionOfDate(value);
  if (!precision) throw new RangeError(`not a YYYY, YYYY-MM or YYYY-MM-DD date: ${value}`);
  if (precision === "day") return { start: value, end: value };
  if (precision === "year") return { start: `${value}-01-01`, end: `${value}-12-31` };
  const [year, month] = value.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: `${value}-01`, end: `${value}-${String(lastDay).padStart(2, "0")}` };
}

/** An outlet's reliability on the Admiralty scale: A completely reliable … E unreliable, F cannot be judged (the default). */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
export const RELIABILITY_LABELS: Record<ReliabilityGrade, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};
/** A grade as the number events.reliability stores: A 1 … F 6, so "at least B" is `reliability <= 2`. */
export const reliabilityRank = (grade: ReliabilityGrade): number => RELIABILITY_GRADES.indexOf(grade) + 1;

/** An incident's credibility on the Admiralty scale: 1 confirmed by other sources … 6 cannot be judged. */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITIES)[number];
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};
