/**
 * Events and regions in the field's exchange formats: GeoJSON, and ACLED's CSV: the 31 columns
 * of ACLED's export first (lib/acled.ts), so ACLED-based tools read it, then ours (the PLOVER
 * type, the evidence quote and its source URL, the review status, our exact date, where the
 * fact comes from, and how its incident is sourced). A dataset event is written back as its ACLED row; an article's event
 * gets ACLED's columns from ours. Pure: the rows come from db/queries/export.ts.
 */
import { stringify } from "csv-stringify/sync";
import { ACLED_COUNTRIES, ACLED_EXPORT_COLUMNS, subEventTypeOf, type AcledRecordFields } from "@/lib/acled";
import type { DatePrecision, PloverType } from "@/lib/vocabulary";

export const EXPORT_COLUMNS = [
  ...ACLED_EXPORT_COLUMNS,
  "plover_type",
  "evidence_quote",
  "source_url",
  "status",
  // ACLED's time_precision cannot tell a year from a month: our own date keeps it exact.
  "date",
  "source_kind",
  // One row per incident (db/queries/incidents.ts): how it is sourced. The importer reads past them.
  "incident_id",
  "incident_reports",
  "independent_sources",
  "outlets",
  "credibility",
] as const;

export interface ExportEvent {
  id: number;
  type: string;
  dateValue: string;
  datePrecision: DatePrecision;
  dateStart: string;
  place: string;
  countryCode: string;
  admin1: string | null;
  lat: number;
  lon: number;
  geoPrecision: number;
  status: string;
  notes: string | null;
  fatalities: number | null;
  sourceKind: string;
  /** When it was last created or reviewed (ISO): ACLED's timestamp for an article's event. */
  changedAt: string;
  actors: { name: string; role: string }[];
  quote: string | null;
  outlet: string | null;
  url: string | null;
  /** The ACLED row of a dataset event. */
  acled: AcledRecordFields | null;
  /** Its incident, when other reports tell of the same happening; its reports and independent sources (1 and 1 alone). */
  incidentId: number | null;
  incidentReports: number;
  independentSources: number;
  /** The outlets of its reports with their grades: "Türkiye Today (F); A News (B)". */
  outlets: string;
  /** The incident's credibility (1–6), null for an event alone. */
  credibility: number | null;
}

/** ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or coarser. */
const TIME_PRECISION: Record<DatePrecision, number> = { day: 1, week: 2, month: 3, year: 3 };
/** ACLED's disorder type of each event type. */
const DISORDER: Record<string, string> = {
  Battles: "Political violence",
  "Explosions/Remote violence": "Political violence",
  "Violence against civilians": "Political violence",
  Riots: "Political violence",
  Protests: "Demonstrations",
  "Strategic developments": "Strategic developments",
};

/**
 * Text that a spreadsheet would run as a formula (= + - @ first) is prefixed with an
 * apostrophe: an article's words must never become a formula. Text that already starts with
 * an apostrophe gets one too, so the importer can undo it exactly (ingest/csv.ts, unguardCell).
 */
function guardFormula(value: string | number | null): string | number | null {
  return typeof value === "string" && /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** CSV rows (RFC 4180, CRLF) with every cell guarded; a cell with a lone CR or LF is quoted too, as readers split rows at either. */
export function csvRows(rows: (string | number | null)[][]): string {
  return stringify(
    rows.map((row) => row.map(guardFormula)),
    { record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}

/** ACLED's 31 cells of an article's event, from what we hold of it. */
function acledCellsOf(event: ExportEvent): (string | number | null)[] {
  const named = (role: string) => event.actors.filter((actor) => actor.role === role).map((actor) => actor.name);
  const associated = named("associated").join("; ");
  const country = ACLED_COUNTRIES[event.countryCode];
  const { eventType, subEventType } = subEventTypeOf(event.type as PloverType);
  return [
    `${country?.alpha3 ?? event.countryCode}${event.id}`,
    event.dateStart,
    event.dateStart.slice(0, 4),
    TIME_PRECISION[event.datePrecision],
    DISORDER[eventType],
    eventType,
    subEventType,
    named("initiator")[0] ?? null,
    associated || null,
    null,
    named("target").join("; ") || null,
    null,
    null,
    null,
    null,
    country?.iso ?? null,
    country ? "Middle East" : null,
    country?.country ?? null,
    event.admin1,
    null,
    null,
    event.place,
    event.lat,
    event.lon,
    event.geoPrecision,
    event.outlet,
    null,
    event.notes,
    // An article rarely counts the dead: left empty when it does not, never guessed.
    event.fatalities,
    null,
    Math.floor(Date.parse(event.changedAt) / 1000),
  ];
}

/** A dataset event's cells as its ACLED row had them, with what review may have changed (type, place, fatalities) from the event. */
function acledCellsOfRecord(event: ExportEvent, row: AcledRecordFields): (string | number | null)[] {
  return [
    row.eventIdCnty,
    row.eventDate,
    row.eventDate.slice(0, 4),
    row.timePrecision,
    row.disorderType,
    row.eventType,
    row.subEventType,
    row.actor1,
    row.assocActor1,
    row.inter1,
    row.actor2,
    row.assocActor2,
    row.inter2,
    row.interaction,
    row.civilianTargeting,
    row.iso,
    row.region,
    row.country,
    row.admin1,
    row.admin2,
    row.admin3,
    event.place,
    event.lat,
    event.lon,
    event.geoPrecision,
    row.source,
    row.sourceScale,
    row.notes,
    event.fatalities,
    row.tags,
    row.timestamp,
  ];
}

export function exportRow(event: ExportEvent): (string | number | null)[] {
  return [
    ...(event.acled ? acledCellsOfRecord(event, event.acled) : acledCellsOf(event)),
    event.type,
    event.quote,
    event.url,
    event.status,
    event.dateValue,
    event.sourceKind,
    event.incidentId,
    event.incidentReports,
    event.independentSources,
    event.outlets,
    event.credibility,
  ];
}

/** The events as CSV rows, after the header line unless `header` is false (a later chunk of a streamed export). */
export function eventsToCsv(events: ExportEvent[], options: { header?: boolean } = {}): string {
  const rows = events.map(exportRow);
  return csvRows(options.header === false ? rows : [[...EXPORT_COLUMNS], ...rows]);
}
