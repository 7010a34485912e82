/**
 * Imports ACLED-style CSV (ACLED's columns; ours add plover_type, evidence_quote, source_url,
 * status and date). Each row becomes an event whose evidence is its quote: found in the stored
 * article with the same source URL when it is there, else kept as an article of its own.
 * Actors are matched by id, name, alias or member (the extractor's extra aliases too, and a
 * Syrian government name dated before 8 December 2024 as Assad's), or created and reported. Rows that cannot
 * be read are skipped with the reason. Events arrive as drafts unless the caller asks to keep
 * the file's status column. One transaction: the file is imported whole or not at all.
 */
import actorRegistry from "@/db/seed/actors.json" with { type: "json" };
import type { GeobriefDb } from "@/db/client";
import { articleForQuote, createImportedActor, findEventByQuote, listActorNames } from "@/db/queries/import";
import { insertEvent } from "@/db/queries/ingest";
import { sha256 } from "@/lib/text-hash";
import { EVENT_STATUSES, PLOVER_TYPES, precisionOfDate, type ActorRole, type EventStatus, type PloverType } from "@/lib/vocabulary";
import { stripUnsafeCharacters } from "@/lib/plain-text";
import { validateArticleInput } from "./article-input";
import { parseCsv, unguardCell } from "./csv";
import { ASSAD_ERA_ACTOR, ASSAD_FALL, EXTRA_ALIASES } from "./extract/actor-lexicon";
import { normaliseName } from "./normalise-name";

export class ImportError extends Error {}

export interface ImportReport {
  rows: number;
  imported: number;
  skipped: { line: number; reason: string }[];
  createdActors: string[];
  /** Rows whose cells held control or bidi characters, removed before import. */
  cleaned: { line: number; columns: string[] }[];
}

const REQUIRED = ["event_date", "latitude", "longitude", "actor1"];
/** ACLED's event types to the nearest PLOVER type, when the file has no plover_type. */
const FROM_ACLED_TYPE: Record<string, PloverType> = {
  battles: "ASSAULT", "explosions/remote violence": "ASSAULT", "violence against civilians": "ASSAULT", protests: "PROTEST", riots: "PROTEST", "strategic developments": "OTHER",
};
const ALPHA2: Record<string, string> = { SYR: "SY", TUR: "TR", IRQ: "IQ", LBN: "LB", JOR: "JO", ISR: "IL", PSE: "PS", RUS: "RU", USA: "US", IRN: "IR" };
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "2025-03-10" or ACLED's "10 March 2025" → YYYY-MM-DD, else null. */
function isoDay(text: string): string | null {
  if (precisionOfDate(text) === "day") return text;
  const match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[2].toLowerCase()) : -1;
  const iso = match && month >= 0 ? `${match[3]}-${String(month + 1).padStart(2, "0")}-${match[1].padStart(2, "0")}` : null;
  return iso && precisionOfDate(iso) === "day" ? iso : null;
}

type Row = Record<string, string>;

function dateOf(row: Row): string | null {
  if (row.date && precisionOfDate(row.date)) return row.date;
  const day = isoDay(row.event_date ?? "");
  if (!day) return null;
  return row.time_precision === "3" ? day.slice(0, 7) : day;
}

export interface AcledImportOptions {
  reviewer: string;
  /** Take the file's status column at its word; otherwise every event arrives as a draft to review. */
  keepStatus?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** A row's cells by column name, with control and bidi characters removed (and which columns had them). */
function readRow(columns: string[], cells: string[]): { row: Row; cleaned: string[] } {
  const row: Row = {};
  const cleaned: string[] = [];
  columns.forEach((name, column) => {
    const { text, removed } = stripUnsafeCharacters(unguardCell(cells[column] ?? ""), { singleLine: name !== "notes" && name !== "evidence_quote" });
    if (removed) cleaned.push(name);
    row[name] = text.trim();
  });
  return { row, cleaned };
}

export function importAcledCsv(db: GeobriefDb, text: string, options: AcledImportOptions): ImportReport {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!header) throw new ImportError("the file is empty");
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length) throw new ImportError(`not an ACLED-style CSV: missing column(s) ${missing.join(", ")}`);
  const report: ImportReport = { rows: records.length, imported: 0, skipped: [], createdActors: [], cleaned: [] };

  const actorByName = new Map<string, string>();
  const remember = (name: string, id: string) => actorByName.set(normaliseName(name), id);
  // An actor's id and full name say exactly who; other names ("Syria", "Syrian government") follow the date.
  const exact = new Set<string>();
  for (const actor of actorRegistry as { id: string; name: string; aliases: string[]; members: string[] }[]) {
    for (const name of [actor.id, actor.name, ...actor.aliases, ...actor.members]) remember(name, actor.id);
    for (const name of [actor.id, actor.name]) exact.add(normaliseName(name));
  }
  for (const [id, names] of Object.entries(EXTRA_ALIASES)) for (const name of names) remember(name, id);
  for (const actor of listActorNames(db)) remember(actor.name, actor.id);

  db.transaction(() => {
    const actorIdFor = (name: string, date: string): string => {
      const known = actorByName.get(normaliseName(name));
      // Before 8 December 2024, "Syria" and "the Syrian government" were Assad's (as the extractor reads them).
      if (known === "SYR" && date < ASSAD_FALL && !exact.has(normaliseName(name))) return ASSAD_ERA_ACTOR;
      if (known) return known;
      const id = createImportedActor(db, name);
      remember(name, id);
      report.createdActors.push(`${id} (${name})`);
      return id;
    };

    records.forEach((cells, index) => {
      const line = index + 2;
      const { row, cleaned } = readRow(columns, cells);
      if (cleaned.length) report.cleaned.push({ line, columns: cleaned });
      const skip = (reason: string) => report.skipped.push({ line, reason });
      options.onProgress?.(index + 1, records.length);

      const date = dateOf(row);
      if (!date) return skip(`unreadable event_date "${row.event_date}"`);
      const lat = Number(row.latitude);
      const lon = Number(row.longitude);
      if (!row.latitude || !row.longitude || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return skip(`no valid latitude/longitude ("${row.latitude}", "${row.longitude}")`);
      }
      const type = (PLOVER_TYPES as readonly string[]).includes(row.plover_type) ? (row.plover_type as PloverType) : FROM_ACLED_TYPE[row.event_type?.toLowerCase() ?? ""];
      if (!type) return skip(`unknown event type "${row.event_type}" and no plover_type`);
      if (!row.actor1) return skip("no actor1");
      const quote = row.evidence_quote || row.notes;
      if (!quote) return skip("no evidence_quote or notes: an event needs the text that states it");
      const status: EventStatus = options.keepStatus && (EVENT_STATUSES as readonly string[]).includes(row.status) ? (row.status as EventStatus) : "draft";

      const duplicate = findEventByQuote(db, { type, date, quote });
      if (duplicate) return skip(`already present as event ${duplicate}`);

      // A quote becomes article text: it passes the same checks as any article.
      const source = validateArticleInput({
        body: quote,
        url: /^https?:\/\//i.test(row.source_url ?? "") ? row.source_url : null,
        outlet: row.source || "unknown outlet",
        title: `${row.source || "Imported source"}: ${row.location || "event"}, ${date} (imported quote)`,
      });
      if (!source.ok) return skip(`its quote cannot be stored as article text: ${source.error}`);
      const { articleId, start } = articleForQuote(db, { quote, url: source.article.url, outlet: source.article.outlet, title: source.article.title });
      const named: [string, ActorRole][] = [
        [row.actor1, "initiator"],
        ...(row.actor2 ? ([[row.actor2, "target"]] as [string, ActorRole][]) : []),
        ...(row.assoc_actor_1 ?? "").split(";").map((name) => name.trim()).filter(Boolean).map((name) => [name, "associated"] as [string, ActorRole]),
      ];
      const seen = new Set<string>();
      const roles = named
        .map(([name, role]) => ({ actorId: actorIdFor(name, date), role }))
        .filter(({ actorId, role }) => !seen.has(`${actorId}:${role}`) && seen.add(`${actorId}:${role}`));
      insertEvent(db, {
        type,
        date,
        place: {
          gazetteerId: `import:${lat.toFixed(4)},${lon.toFixed(4)}:${row.location ?? ""}`,
          name: row.location || `${lat.toFixed(3)}, ${lon.toFixed(3)}`,
          aliases: [],
          lat,
          lon,
          countryCode: ALPHA2[(row.event_id_cnty ?? "").replace(/\d+$/, "")] ?? "",
          admin1: row.admin1 || null,
          precision: "city",
          coordinateSource: `imported from ${row.source || "a CSV file"}`,
        },
        geoPrecision: (["1", "2", "3"].includes(row.geo_precision) ? Number(row.geo_precision) : 1) as 1 | 2 | 3,
        status,
        notes: row.notes || null,
        actors: roles,
        evidence: { articleId, start, end: start + quote.length, quote, quoteSha256: sha256(quote) },
        createdBy: options.reviewer,
        reviewed: status !== "draft",
        origin: `CSV line ${line}`,
      });
      report.imported += 1;
    });
  });
  return report;
}
