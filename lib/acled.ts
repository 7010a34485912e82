/**
 * ACLED's export as ACLED writes it (the codebook's 31 columns), and how its codes read in our
 * event model: every sub-event type to a PLOVER type, time_precision to a date range. Pure, so
 * the importer, the exporter and the docs' table (docs/acled.md) read one list.
 */
import type { PloverType } from "@/lib/vocabulary";

/** The export's columns, in ACLED's order (codebook, 2023 layout). */
export const ACLED_EXPORT_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;
export type AcledColumn = (typeof ACLED_EXPORT_COLUMNS)[number];

/** Every ACLED sub-event type, under its event type, with the PLOVER type it becomes. */
export const ACLED_SUB_EVENT_TYPES: { eventType: string; subEventType: string; plover: PloverType }[] = [
  { eventType: "Battles", subEventType: "Armed clash", plover: "ASSAULT" },
  { eventType: "Battles", subEventType: "Government regains territory", plover: "COERCE" },
  { eventType: "Battles", subEventType: "Non-state actor overtakes territory", plover: "COERCE" },
  { eventType: "Explosions/Remote violence", subEventType: "Chemical weapon", plover: "ASSAULT" },
  { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike", plover: "ASSAULT" },
  { eventType: "Explosions/Remote violence", subEventType: "Suicide bomb", plover: "ASSAULT" },
  { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack", plover: "ASSAULT" },
  { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED", plover: "ASSAULT" },
  { eventType: "Explosions/Remote violence", subEventType: "Grenade", plover: "ASSAULT" },
  { eventType: "Violence against civilians", subEventType: "Sexual violence", plover: "ASSAULT" },
  { eventType: "Violence against civilians", subEventType: "Attack", plover: "ASSAULT" },
  // CAMEO puts abduction and hostage-taking (181) under assault, not coercion.
  { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance", plover: "ASSAULT" },
  { eventType: "Protests", subEventType: "Peaceful protest", plover: "PROTEST" },
  { eventType: "Protests", subEventType: "Protest with intervention", plover: "PROTEST" },
  // Force against protesters is the state's repression of them (CAMEO 175), a coercion.
  { eventType: "Protests", subEventType: "Excessive force against protesters", plover: "COERCE" },
  { eventType: "Riots", subEventType: "Violent demonstration", plover: "PROTEST" },
  { eventType: "Riots", subEventType: "Mob violence", plover: "ASSAULT" },
  { eventType: "Strategic developments", subEventType: "Agreement", plover: "AGREE" },
  { eventType: "Strategic developments", subEventType: "Arrests", plover: "COERCE" },
  { eventType: "Strategic developments", subEventType: "Change to group/activity", plover: "OTHER" },
  { eventType: "Strategic developments", subEventType: "Disrupted weapons use", plover: "COERCE" },
  { eventType: "Strategic developments", subEventType: "Headquarters or base established", plover: "MOBILIZE" },
  { eventType: "Strategic developments", subEventType: "Looting/property destruction", plover: "COERCE" },
  { eventType: "Strategic developments", subEventType: "Non-violent transfer of territory", plover: "RETREAT" },
  { eventType: "Strategic developments", subEventType: "Other", plover: "OTHER" },
];

/** Spellings ACLED has used for the same sub-event type, to the codebook's. */
const SUB_EVENT_SPELLINGS = new Map([["excessive force against protestors", "excessive force against protesters"]]);
const BY_SUB_EVENT = new Map(ACLED_SUB_EVENT_TYPES.map((entry) => [entry.subEventType.toLowerCase(), entry]));

/** The table's entry for a sub-event type as a file writes it (any case, either spelling), if known. */
export function acledSubEventType(name: string) {
  const key = name.trim().toLowerCase().replace(/\s+/g, " ");
  return BY_SUB_EVENT.get(SUB_EVENT_SPELLINGS.get(key) ?? key);
}

/** The coarse type when a file has no sub-event type (older layouts, hand-made files); a Map, so a file's "constructor" is none. */
const BY_EVENT_TYPE = new Map<string, PloverType>([
  ["battles", "ASSAULT"],
  ["explosions/remote violence", "ASSAULT"],
  ["violence against civilians", "ASSAULT"],
  ["protests", "PROTEST"],
  ["riots", "PROTEST"],
  ["strategic developments", "OTHER"],
]);
export function ploverOfEventType(eventType: string): PloverType | undefined {
  return BY_EVENT_TYPE.get(eventType.trim().toLowerCase());
}

/** The sub-event type an export writes for an event of ours that has no ACLED row. */
export function subEventTypeOf(plover: PloverType): { eventType: string; subEventType: string } {
  const entry = ACLED_SUB_EVENT_TYPES.find((candidate) => candidate.plover === plover && candidate.subEventType !== "Other");
  return entry ?? { eventType: "Strategic developments", subEventType: "Other" };
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "2025-03-09" (ACLED's API) or "09 March 2025" (its export tool) → YYYY-MM-DD, else null. */
export function acledDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const written = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(trimmed);
  const month = written
    ? MONTHS.findIndex((name) => name === written[2].toLowerCase() || name.slice(0, 3) === written[2].toLowerCase())
    : -1;
  const day = iso
    ? trimmed
    : written && month >= 0
      ? `${written[3]}-${String(month + 1).padStart(2, "0")}-${written[1].padStart(2, "0")}`
      : null;
  if (!day) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : null;
}

export type AcledTimePrecision = 1 | 2 | 3;

/**
 * What ACLED's date means at its time_precision (codebook, "Time precision"): 1 the day itself;
 * 2 the source gives only a week, and ACLED codes its middle day, so the seven days around it;
 * 3 the source gives only a month, coded to a day within it, so that month.
 */
export function acledDateOf(day: string, precision: AcledTimePrecision): { date: string; week?: { start: string; end: string } } {
  if (precision === 1) return { date: day };
  if (precision === 3) return { date: day.slice(0, 7) };
  const shift = (days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { date: day, week: { start: shift(-3), end: shift(3) } };
}

/** The countries of the theatre as ACLED names and numbers them, by ISO 3166 alpha-2. */
export const ACLED_COUNTRIES: Record<string, { alpha3: string; iso: number; country: string }> = {
  SY: { alpha3: "SYR", iso: 760, country: "Syria" },
  TR: { alpha3: "TUR", iso: 792, country: "Turkey" },
  IQ: { alpha3: "IRQ", iso: 368, country: "Iraq" },
  LB: { alpha3: "LBN", iso: 422, country: "Lebanon" },
  JO: { alpha3: "JOR", iso: 400, country: "Jordan" },
  IL: { alpha3: "ISR", iso: 376, country: "Israel" },
  PS: { alpha3: "PSE", iso: 275, country: "Palestine" },
};

/** A row's country as alpha-2: from its id's prefix ("SYR12345"), its ISO number or its country name. */
export function acledCountryCode(row: { event_id_cnty?: string; iso?: string; country?: string }): string {
  const prefix = (row.event_id_cnty ?? "").replace(/\d+$/, "").toUpperCase();
  const found = Object.entries(ACLED_COUNTRIES).find(
    ([, country]) =>
      country.alpha3 === prefix ||
      String(country.iso) === row.iso?.trim() ||
      country.country.toLowerCase() === row.country?.trim().toLowerCase(),
  );
  return found?.[0] ?? "";
}

/**
 * What is kept of an ACLED row beside its dataset event (the acled_records table, db/schema.ts,
 * which a type check in db/queries/acled.ts holds to this shape).
 */
export interface AcledRecordFields {
  eventIdCnty: string;
  timestamp: number;
  eventDate: string;
  timePrecision: number;
  disorderType: string;
  eventType: string;
  subEventType: string;
  actor1: string;
  assocActor1: string;
  inter1: string;
  actor2: string;
  assocActor2: string;
  inter2: string;
  interaction: string;
  civilianTargeting: string;
  iso: string;
  region: string;
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  location: string;
  source: string;
  sourceScale: string;
  notes: string;
  tags: string;
}
