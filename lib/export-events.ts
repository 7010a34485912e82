/**
 * Events and regions in the field's exchange formats: GeoJSON, and ACLED-style CSV (ACLED's
 * columns, plus the PLOVER type, the evidence quote and its source URL). Pure: the rows come
 * from db/queries/export.ts.
 */
import { stringify } from "csv-stringify/sync";
import type { DatePrecision } from "@/lib/vocabulary";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
  "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "plover_type", "evidence_quote", "source_url", "status",
  // ACLED's time_precision cannot tell a year from a month: our own date keeps it exact.
  "date",
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
  actors: { name: string; role: string }[];
  quote: string | null;
  outlet: string | null;
  url: string | null;
}

/** ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or coarser. */
const TIME_PRECISION: Record<DatePrecision, number> = { day: 1, month: 3, year: 3 };
/** ACLED's coarse types for PLOVER's; everything short of force or protest is a strategic development. */
const ACLED_EVENT_TYPE: Record<string, string> = { ASSAULT: "Battles", PROTEST: "Protests" };
/** ISO 3166 alpha-2 → alpha-3 for event ids (ACLED prefixes ids with the country). */
const ALPHA3: Record<string, string> = { SY: "SYR", TR: "TUR", IQ: "IRQ", LB: "LBN", JO: "JOR", IL: "ISR", PS: "PSE", RU: "RUS", US: "USA", IR: "IRN" };

/**
 * Text that a spreadsheet would run as a formula (= + - @ first) is prefixed with an
 * apostrophe: an article's words must never become a formula. Text that already starts with
 * an apostrophe gets one too, so the importer can undo it exactly (ingest/csv.ts, unguardCell).
 */
function guardFormula(value: string | number | null): string | number | null {
  return typeof value === "string" && /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** CSV rows (RFC 4180, CRLF) with every cell guarded; a lone CR in a cell is quoted too, as our reader splits rows at it. */
export function csvRows(rows: (string | number | null)[][]): string {
  return stringify(
    rows.map((row) => row.map(guardFormula)),
    { record_delimiter: "windows", quoted_match: /\r/ },
  );
}

export function acledRow(event: ExportEvent): (string | number | null)[] {
  const [actor1, actor2] = [event.actors.find((actor) => actor.role === "initiator"), event.actors.find((actor) => actor.role === "target")];
  const associated = event.actors.filter((actor) => actor.role === "associated").map((actor) => actor.name).join("; ");
  return [
    `${ALPHA3[event.countryCode] ?? event.countryCode}${event.id}`,
    event.dateStart,
    TIME_PRECISION[event.datePrecision],
    ACLED_EVENT_TYPE[event.type] ?? "Strategic developments",
    event.type.charAt(0) + event.type.slice(1).toLowerCase(),
    actor1?.name ?? null,
    associated || null,
    actor2?.name ?? null,
    null,
    event.admin1,
    event.place,
    event.lat,
    event.lon,
    event.geoPrecision,
    event.outlet,
    event.notes,
    // Not reported by the extractor: left empty, never guessed.
    null,
    event.type,
    event.quote,
    event.url,
    event.status,
    event.dateValue,
  ];
}

/** The events as CSV rows, after the header line unless `header` is false (a later chunk of a streamed export). */
export function eventsToCsv(events: ExportEvent[], options: { header?: boolean } = {}): string {
  const rows = events.map(acledRow);
  return csvRows(options.header === false ? rows : [[...ACLED_COLUMNS], ...rows]);
}
