/**
 * Imports ACLED's CSV as ACLED writes it (lib/acled.ts: the 31 columns, the BOM, both date
 * styles, quoted multi-line notes), and Geobrief's own export (ACLED's columns, then ours:
 * plover_type, evidence_quote, source_url, status, date). Streamed (csv-parse): a file of any
 * size is read in bounded memory, and written in one transaction: whole or not at all.
 *
 * A row with an evidence_quote is an article's event: its quote is found in the stored article
 * at its source URL, or kept as an article of its own. A row without one is a dataset event: its
 * source is the ACLED row itself (acled_records), known by event_id_cnty, so a newer export
 * (a later timestamp) updates the event instead of doubling it. Actors are read by
 * ingest/acled-actors.ts. Rows that cannot be read are skipped with their line and reason.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import type { GeobriefDb } from "@/db/client";
import { findAcledRecord, insertAcledRecord, updateDatasetEvent } from "@/db/queries/acled";
import { restoreUpkeep, setUpkeepAside } from "@/db/bulk-write";
import { articleForQuote, findEventByQuote, storedEventCount } from "@/db/queries/import";
import { insertEvent, type NewEventRecord } from "@/db/queries/ingest";
import {
  ACLED_EXPORT_COLUMNS,
  acledCountryCode,
  acledDateOf,
  acledDay,
  acledSubEventType,
  ploverOfEventType,
  type AcledRecordFields,
  type AcledTimePrecision,
} from "@/lib/acled";
import { sha256 } from "@/db/text-hash";
import {
  EVENT_STATUSES,
  PLOVER_TYPES,
  precisionOfDate,
  type ActorRole,
  type EventStatus,
  type GeoPrecision,
  type PloverType,
} from "@/lib/vocabulary";
import { stripUnsafeCharacters } from "@/lib/plain-text";
import { acledActorReader, type AcledActorReader } from "./acled-actors";
import { validateArticleInput } from "./article-input";
import { unguardCell } from "./csv";

export class ImportError extends Error {}

export interface ImportReport {
  rows: number;
  imported: number;
  /** Dataset rows already held whose newer export changed them. */
  updated: number;
  /** Dataset rows already held at the same (or a later) timestamp. */
  unchanged: number;
  /** Rows not imported; `skipped` lists the first REPORTED_LINES of them with why. */
  skippedCount: number;
  skipped: { line: number; reason: string }[];
  createdActors: string[];
  /** Columns the file has that neither ACLED's layout nor ours knows: not read. */
  ignoredColumns: string[];
  /** Rows whose cells held control or bidi characters, removed before import; `cleaned` lists the first REPORTED_LINES. */
  cleanedCount: number;
  cleaned: { line: number; columns: string[] }[];
}

/** Lines a report names one by one: a file of millions of bad rows must not fill memory with them (the counts say the rest). */
export const REPORTED_LINES = 500;

export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface AcledImportOptions {
  reviewer: string;
  /** Take the file's status column at its word; otherwise every event arrives as a draft to review. */
  keepStatus?: boolean;
  /** The file's size, for progress as a share of it (known already for text and bytes). */
  totalBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** How CSV is read: a BOM dropped, rows of any length, blank lines passed, any line ending (files are edited on every system). */
export const CSV_READ_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n", "\r"] };

const REQUIRED = ["event_date", "latitude", "longitude", "actor1"];
/** Geobrief's own columns after ACLED's (lib/export-events.ts), and columns of ACLED's older layouts that are read past. */
const OURS = [
  "plover_type",
  "evidence_quote",
  "source_url",
  "status",
  "date",
  "source_kind",
  // How an incident is sourced follows from the stored reports: recomputed, never read.
  "incident_id",
  "incident_reports",
  "independent_sources",
  "outlets",
  "credibility",
];
const OLDER_ACLED = ["event_id_no_cnty", "data_id", "iso3"];
/** ACLED's export averages about 370 bytes a row (scripts/generate-acled.ts writes the same): rows estimated from a file's size. */
const BYTES_PER_ROW = 370;
/** Below this many rows, per-row upkeep is cheaper than any recount (docs/performance.md). */
const BULK_MIN_ROWS = 20_000;
/** Cells that may hold line breaks; every other cell is one line. */
const MULTI_LINE = new Set(["notes", "evidence_quote"]);

type Row = Record<string, string>;

/** The file's bytes as UTF-8 text, refusing NUL bytes and malformed UTF-8 with where they are. */
function utf8Text(onBytes: (bytes: number) => void) {
  return async function* decode(chunks: AsyncIterable<Uint8Array>) {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let offset = 0;
    for await (const chunk of chunks) {
      if (chunk.includes(0)) throw new ImportError("the file contains NUL bytes: it is binary, not CSV text");
      try {
        yield decoder.decode(chunk, { stream: true });
      } catch {
        throw new ImportError(`the file is not valid UTF-8 text (near byte ${offset.toLocaleString("en")})`);
      }
      offset += chunk.length;
      onBytes(offset);
    }
    yield decoder.decode();
  };
}

/** A row's cells by column name, with control and bidi characters removed (and which columns had them). */
function readRow(columns: string[], cells: string[]): { row: Row; cleaned: string[] } {
  const row: Row = {};
  const cleaned: string[] = [];
  columns.forEach((name, column) => {
    const { text, removed } = stripUnsafeCharacters(unguardCell(cells[column] ?? ""), { singleLine: !MULTI_LINE.has(name) });
    if (removed) cleaned.push(name);
    row[name] = text.trim();
  });
  return { row, cleaned };
}

/** A row read into an event, or why it cannot be. */
type ReadRow =
  | { ok: false; reason: string }
  | {
      ok: true;
      event: Omit<NewEventRecord, "actors" | "evidence" | "status" | "createdBy" | "reviewed">;
      precision: AcledTimePrecision;
      day: string;
    };

const WHOLE = /^\d+$/;

function readEvent(row: Row): ReadRow {
  const precisionText = row.time_precision || "1";
  if (!["1", "2", "3"].includes(precisionText))
    return { ok: false, reason: `unknown time_precision "${row.time_precision}" (ACLED's are 1, 2 and 3)` };
  const precision = Number(precisionText) as AcledTimePrecision;
  const day = acledDay(row.event_date ?? "");
  const ours = row.date && precisionOfDate(row.date) ? { date: row.date } : undefined;
  if (!ours && !day) return { ok: false, reason: `unreadable event_date "${row.event_date}"` };
  const dated = ours ?? acledDateOf(day!, precision);

  const lat = Number(row.latitude);
  const lon = Number(row.longitude);
  if (!row.latitude || !row.longitude || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return { ok: false, reason: `no valid latitude/longitude ("${row.latitude}", "${row.longitude}")` };
  }
  const geoText = row.geo_precision || "1";
  if (!["1", "2", "3"].includes(geoText))
    return { ok: false, reason: `unknown geo_precision "${row.geo_precision}" (ACLED's are 1, 2 and 3)` };

  let type: PloverType | undefined;
  if ((PLOVER_TYPES as readonly string[]).includes(row.plover_type)) type = row.plover_type as PloverType;
  else if (row.sub_event_type) {
    type = acledSubEventType(row.sub_event_type)?.plover;
    if (!type) return { ok: false, reason: `sub_event_type "${row.sub_event_type}" is not one of ACLED's (docs/acled.md)` };
  } else type = ploverOfEventType(row.event_type ?? "");
  if (!type) return { ok: false, reason: `unknown event type "${row.event_type}" and no sub_event_type or plover_type` };
  if (!row.actor1) return { ok: false, reason: "no actor1" };
  if (row.fatalities && !WHOLE.test(row.fatalities)) return { ok: false, reason: `fatalities "${row.fatalities}" is not a whole number` };

  const geoPrecision = Number(geoText) as GeoPrecision;
  const dataset = !row.evidence_quote;
  return {
    ok: true,
    precision,
    day: day ?? dated.date,
    event: {
      type,
      ...dated,
      place: {
        gazetteerId: `import:${lat.toFixed(4)},${lon.toFixed(4)}:${row.location ?? ""}`,
        name: row.location || `${lat.toFixed(3)}, ${lon.toFixed(3)}`,
        aliases: [],
        lat,
        lon,
        countryCode: acledCountryCode(row),
        admin1: row.admin1 || null,
        precision: geoPrecision === 3 ? "admin1" : "city",
        coordinateSource:
          dataset && row.event_id_cnty
            ? `ACLED ${row.event_id_cnty}, geo_precision ${geoPrecision}`
            : `imported from ${row.source || "a CSV file"}`,
      },
      geoPrecision,
      notes: dataset ? null : row.notes || null,
      fatalities: row.fatalities ? Number(row.fatalities) : null,
      sourceKind: dataset ? "dataset" : "article",
    },
  };
}

/** The ACLED row as stored beside its dataset event. */
function recordOf(row: Row, precision: AcledTimePrecision, day: string): AcledRecordFields {
  const cell = (name: string) => row[name] ?? "";
  return {
    eventIdCnty: row.event_id_cnty,
    timestamp: WHOLE.test(row.timestamp ?? "") ? Number(row.timestamp) : 0,
    eventDate: day,
    timePrecision: precision,
    disorderType: cell("disorder_type"),
    eventType: cell("event_type"),
    subEventType: cell("sub_event_type"),
    actor1: cell("actor1"),
    assocActor1: cell("assoc_actor_1"),
    inter1: cell("inter1"),
    actor2: cell("actor2"),
    assocActor2: cell("assoc_actor_2"),
    inter2: cell("inter2"),
    interaction: cell("interaction"),
    civilianTargeting: cell("civilian_targeting"),
    iso: cell("iso"),
    region: cell("region"),
    country: cell("country"),
    admin1: cell("admin1"),
    admin2: cell("admin2"),
    admin3: cell("admin3"),
    location: cell("location"),
    source: cell("source"),
    sourceScale: cell("source_scale"),
    notes: cell("notes"),
    tags: cell("tags"),
  };
}

/** actor1 initiates, actor2 is the target, the associated actors of either side are associated; kinds of people are no actor. */
function participants(row: Row, date: string, actors: AcledActorReader): { actorId: string; role: ActorRole }[] {
  const list = (cell: string | undefined) =>
    (cell ?? "")
      .split(";")
      .map((name) => name.trim())
      .filter(Boolean);
  const named: [string, ActorRole][] = [
    [row.actor1, "initiator"],
    ...list(row.actor2).map((name): [string, ActorRole] => [name, "target"]),
    ...[...list(row.assoc_actor_1), ...list(row.assoc_actor_2)].map((name): [string, ActorRole] => [name, "associated"]),
  ];
  const seen = new Set<string>();
  return named.flatMap(([name, role]) => {
    const read = actors.read(name, date);
    if (!("actorId" in read) || seen.has(`${read.actorId}:${role}`)) return [];
    seen.add(`${read.actorId}:${role}`);
    return [{ actorId: read.actorId, role }];
  });
}

/** Imports a CSV file given as its text, its bytes or a stream of them (a file on disk). */
export async function importAcledCsv(
  db: GeobriefDb,
  file: string | Uint8Array | AsyncIterable<Uint8Array>,
  options: AcledImportOptions,
): Promise<ImportReport> {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  const chunks = bytes instanceof Uint8Array ? Readable.from([bytes]) : bytes;
  const totalBytes = options.totalBytes ?? (bytes instanceof Uint8Array ? bytes.length : 0);
  const report: ImportReport = {
    rows: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    skippedCount: 0,
    skipped: [],
    createdActors: [],
    ignoredColumns: [],
    cleanedCount: 0,
    cleaned: [],
  };
  const actors = acledActorReader(db);
  let bytesRead = 0;
  let columns: string[] | null = null;
  // Where the last record ended, and how many blank lines had been passed by then: a record's first line follows.
  let ended = { lines: 0, blank: 0 };

  function importRow(cells: string[], line: number) {
    const { row, cleaned } = readRow(columns!, cells);
    if (cleaned.length && report.cleanedCount++ < REPORTED_LINES) report.cleaned.push({ line, columns: cleaned });
    const skip = (reason: string) => {
      if (report.skippedCount++ < REPORTED_LINES) report.skipped.push({ line, reason });
    };
    const read = readEvent(row);
    if (!read.ok) return skip(read.reason);
    const { event, precision, day } = read;
    const status: EventStatus =
      options.keepStatus && (EVENT_STATUSES as readonly string[]).includes(row.status) ? (row.status as EventStatus) : "draft";
    const roles = () => participants(row, event.date, actors);

    if (event.sourceKind === "dataset") {
      if (!row.event_id_cnty)
        return skip("no evidence_quote and no event_id_cnty: an event needs the text or the dataset row that states it");
      const record = recordOf(row, precision, day);
      const held = findAcledRecord(db, row.event_id_cnty);
      if (held && held.timestamp >= record.timestamp) {
        report.unchanged += 1;
        return;
      }
      if (held) {
        updateDatasetEvent(db, held.eventId, { ...event, fatalities: event.fatalities ?? null, actors: roles(), record }, options.reviewer);
        report.updated += 1;
        return;
      }
      const eventId = insertEvent(db, {
        ...event,
        status,
        actors: roles(),
        evidence: null,
        createdBy: options.reviewer,
        reviewed: status !== "draft",
        origin: `ACLED ${row.event_id_cnty}, CSV line ${line}`,
        searchNotes: [record.notes, record.actor1, record.actor2].filter(Boolean).join(" "),
      });
      insertAcledRecord(db, eventId, record);
      report.imported += 1;
      return;
    }

    const quote = row.evidence_quote;
    const duplicate = findEventByQuote(db, { type: event.type, date: event.date, quote });
    if (duplicate) return skip(`already present as event ${duplicate}`);
    // A quote becomes article text: it passes the same checks as any article.
    const source = validateArticleInput({
      body: quote,
      url: /^https?:\/\//i.test(row.source_url ?? "") ? row.source_url : null,
      outlet: row.source || "unknown outlet",
      title: `${row.source || "Imported source"}: ${row.location || "event"}, ${event.date} (imported quote)`,
    });
    if (!source.ok) return skip(`its quote cannot be stored as article text: ${source.error}`);
    const { articleId, start } = articleForQuote(db, {
      quote,
      url: source.article.url,
      outlet: source.article.outlet,
      title: source.article.title,
    });
    insertEvent(db, {
      ...event,
      status,
      actors: roles(),
      createdBy: options.reviewer,
      reviewed: status !== "draft",
      origin: `CSV line ${line}`,
      evidence: { articleId, start, end: start + quote.length, quote, quoteSha256: sha256(quote) },
    });
    report.imported += 1;
  }

  const client = db.$client;
  client.exec("begin immediate");
  // Per-row count upkeep costs more than one recount of every stored event once a file adds a good
  // share of them: then it is set aside inside this transaction and rebuilt before the commit
  // (db/bulk-write.ts); a rollback brings it back untouched.
  const bulk = totalBytes / BYTES_PER_ROW >= Math.max(BULK_MIN_ROWS, storedEventCount(db) / 4);
  if (bulk) setUpkeepAside(client, { indexes: false });
  try {
    await pipeline(
      chunks,
      utf8Text((offset) => (bytesRead = offset)),
      parse({ ...CSV_READ_OPTIONS, info: true }),
      async (records: AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) => {
        for await (const { record, info } of records) {
          const line = ended.lines + 1 + (info.empty_lines - ended.blank);
          ended = { lines: info.lines, blank: info.empty_lines };
          if (!columns) {
            columns = record.map((name) => name.trim().toLowerCase());
            const missing = REQUIRED.filter((name) => !columns!.includes(name));
            if (missing.length) throw new ImportError(`not an ACLED-style CSV: missing column(s) ${missing.join(", ")}`);
            report.ignoredColumns = columns.filter(
              (name) =>
                name && !(ACLED_EXPORT_COLUMNS as readonly string[]).includes(name) && !OURS.includes(name) && !OLDER_ACLED.includes(name),
            );
            continue;
          }
          if (record.every((cell) => !cell.trim())) continue;
          report.rows += 1;
          importRow(record, line);
          if (report.rows % 500 === 0) options.onProgress?.({ rows: report.rows, bytes: bytesRead, totalBytes });
        }
      },
    );
    if (!columns) throw new ImportError("the file is empty");
    report.createdActors = actors.created;
    if (bulk) restoreUpkeep(client);
    client.exec("commit");
  } catch (error) {
    if (client.inTransaction) client.exec("rollback");
    if (error instanceof CsvError) throw new ImportError(`the file is not valid CSV: ${error.message}`);
    throw error;
  }
  options.onProgress?.({ rows: report.rows, bytes: bytesRead, totalBytes });
  return report;
}
