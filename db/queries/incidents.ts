/**
 * One happening, many reports. Each stored event is one report (one article's account, or one
 * dataset row); an incident groups the events that report the same happening, and one of them, its
 * lead, stands for all on the map: the others are folded (events.folded), so every count and filter
 * counts the incident once (migration 0017). Reports keep their own article, evidence and review log.
 *
 * Grouping (`groupReport`) runs as each event is stored: candidates come from events_report_lookup_idx
 * by type family, date precision and range, box and geo precision, never by a scan, and the best is
 * joined when type, date, place and actors agree well enough; each link records which fields agreed
 * and the score.
 */
import { asc, eq, inArray, ne, sql } from "drizzle-orm";
import { WRITE, type GeobriefDb } from "../client";
import { InvalidEditError, NotFoundError } from "../errors";
import { articles, eventActors, eventReviews, events, evidence, incidentLinks, incidents, outlets, places } from "../schema";
import { inJsonList } from "./json-list";
import { wireCreditedIn } from "@/lib/source-credit";
import { precisionOfRelative, type RelativeDate, type UndatedEvent } from "@/lib/extraction-types";
import {
  dateRange,
  precisionOfDate,
  reliabilityRank,
  typeFamilyOf,
  typesOfFamily,
  type Credibility,
  type DatePrecision,
  type EventStatus,
  type PlacePrecision,
  type PloverType,
  type ReliabilityGrade,
  EVENT_SOURCE_KINDS,
} from "@/lib/vocabulary";

type Writer = Pick<GeobriefDb, "select" | "insert" | "update" | "delete" | "selectDistinct">;

const DAY_MS = 86_400_000;
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** How far apart two reports may put one happening, by the vaguer place's precision (a country is matched by its code). */
const SAME_PLACE_KM: Record<Exclude<PlacePrecision, "country">, number> = { site: 30, village: 30, city: 30, admin2: 60, admin1: 150 };
/** The widest of those, for the candidate box. */
const WIDEST_KM = 150;
/** Below this score a candidate is a different happening (type 1 + date 1 + place 1 + actors 1 at best; see `agreement`). */
export const GROUPING_THRESHOLD = 2;
/** Candidates read per report: the index narrows by date and box first, so this only bounds a hostile burst. */
const CANDIDATE_LIMIT = 200;

interface ReportFacts {
  id: number;
  type: PloverType;
  dateValue: string;
  datePrecision: DatePrecision;
  dateStart: string;
  dateEnd: string;
  placeId: number | null;
  lon: number;
  lat: number;
  countryCode: string | null;
  placePrecision: PlacePrecision | null;
  incidentId: number | null;
  status: EventStatus;
  sourceKind: string;
}

/**
 * A report's facts as grouping reads them. Raw SQL on the connection (prepared once, db/statement-cache.ts):
 * this runs for every event stored, and building it through drizzle took as long as running it.
 */
const REPORT_COLUMNS = `events.id as id, events.type as type, events.date_value as dateValue, events.date_precision as datePrecision,
  events.date_start as dateStart, events.date_end as dateEnd, events.place_id as placeId, events.lon as lon, events.lat as lat,
  places.country_code as countryCode, places.precision as placePrecision, events.incident_id as incidentId, events.status as status,
  events.source_kind as sourceKind`;

const radians = Math.PI / 180;
function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h =
    Math.sin(((b.lat - a.lat) * radians) / 2) ** 2 +
    Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(((b.lon - a.lon) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const PRECISION_ORDER: PlacePrecision[] = ["site", "village", "city", "admin2", "admin1", "country"];
const vaguerOf = (a: PlacePrecision | null, b: PlacePrecision | null): PlacePrecision =>
  PRECISION_ORDER[Math.max(PRECISION_ORDER.indexOf(a ?? "country"), PRECISION_ORDER.indexOf(b ?? "country"))];

/** Each event's actors, initiator first (a Set keeps its insertion order), from the ids each event keeps (migration 0026). */
function actorsOf(db: GeobriefDb, eventIds: number[]): Map<number, Set<string>> {
  const rows = db.select({ id: events.id, actorIds: events.actorIds }).from(events).where(inJsonList(events.id, eventIds)).all();
  const byEvent = new Map<number, Set<string>>(eventIds.map((id) => [id, new Set<string>()]));
  for (const row of rows) byEvent.set(row.id, new Set(JSON.parse(row.actorIds) as string[]));
  return byEvent;
}

export interface Agreement {
  score: number;
  agreed: string[];
}

/**
 * Whether two reports may tell of one happening, and how well they agree: null when type family,
 * dates, place or actors rule it out. Dates must overlap (a month-precision report can join a
 * day-precision one, a year's none); places must lie within the vaguer one's reach; actors, when both
 * name some, must share one; two types of a family need one named initiator.
 */
export function agreement(a: ReportFacts, b: ReportFacts, actorsA: Set<string>, actorsB: Set<string>): Agreement | null {
  if (typeFamilyOf(a.type) !== typeFamilyOf(b.type)) return null;
  // OTHER is what the extractor calls what it cannot type: only the same place makes two of them one,
  // or a country and a place in it ("a government formed in Syria", "… formed in Damascus").
  const catchAll = a.type === "OTHER" && b.type === "OTHER";
  const countryWide = (a.placePrecision === "country" || b.placePrecision === "country") && a.countryCode === b.countryCode;
  if (catchAll && (a.placeId === null || (a.placeId !== b.placeId && !countryWide))) return null;
  // A year says too little to tell one happening from the others of that year.
  if (a.datePrecision === "year" || b.datePrecision === "year") return null;
  if (a.dateStart > b.dateEnd || b.dateStart > a.dateEnd) return null;
  // Two kinds of one family are one happening only when told of one initiator: "rebels entered" and
  // "Assad fled" are two, and so are an unattributed advance and a flight.
  const [initiatorA] = actorsA;
  const [initiatorB] = actorsB;
  if (a.type !== b.type && (!initiatorA || initiatorA !== initiatorB)) return null;
  const vaguer = vaguerOf(a.placePrecision, b.placePrecision);
  const km = kmBetween(a, b);
  if (vaguer === "country" ? a.countryCode !== b.countryCode : km > SAME_PLACE_KM[vaguer]) return null;
  const shared = [...actorsA].filter((actor) => actorsB.has(actor)).length;
  if (actorsA.size && actorsB.size && !shared) return null;
  // A report that names no one ("gunmen shot dead two men in Tafas") is one happening with another only at the same
  // town, or where one of them tells only of a district or wider: two towns' deeds of one day are two, unless one hand did both.
  if ((!actorsA.size || !actorsB.size) && a.placeId !== b.placeId && PRECISION_ORDER.indexOf(vaguer) < PRECISION_ORDER.indexOf("admin2"))
    return null;
  const actorOverlap = shared / (new Set([...actorsA, ...actorsB]).size || 1);
  // A month holds many happenings of one kind at one place: a month's report joins a day's only when
  // most of their actors are the same (an undated sentence is dated to its publication month).
  if (a.dateValue !== b.dateValue && actorOverlap < 0.5) return null;
  const agreed: string[] = [];
  let score = 0;
  const add = (points: number, field: string) => {
    score += points;
    agreed.push(field);
  };
  if (a.type === b.type) add(catchAll ? 0.5 : 1, "type");
  else add(0.5, "type family");
  if (a.dateValue === b.dateValue) add(1, "date");
  else add(0.5, "overlapping dates");
  if (a.placeId !== null && a.placeId === b.placeId) add(1, "place");
  // "Syria" and "Damascus" agree, less than "Damascus" twice; two nearby towns agree less the farther apart.
  else if (a.placePrecision !== b.placePrecision && (vaguer === "country" || vaguer === "admin1")) add(0.5, `place within the ${vaguer}`);
  else add(0.5 * (1 - km / SAME_PLACE_KM[vaguer === "country" ? "admin1" : vaguer]), `places ${Math.round(km)} km apart`);
  if (shared) add(actorOverlap, "actors");
  return { score: Math.round(score * 100) / 100, agreed };
}

/** How far a country-wide report's candidates may lie from its country's point: most of Syria or Türkiye. */
const COUNTRY_REACH_KM = 600;
/** How many days before a report's first day a candidate of each precision that overlaps it may start (a year's never groups). */
const EARLIEST_START: [DatePrecision, number][] = [
  ["day", 0],
  ["week", 6],
  ["month", 31],
];

/**
 * The reports that may tell of the same happening as `report`: the unfolded ones (a folded report's
 * lead stands for its incident) of its type family whose dates overlap it, in a box around it, and
 * those placed at its country's own point (a country-wide report). It reads short ranges of
 * events_report_lookup_idx, one per type, source kind and date precision (a day's candidates start
 * within the report's days, a week's up to 6 days before, a month's up to 31), the boxes filtered on
 * the index's own columns: never a scan.
 */
function candidatesFor(client: GeobriefDb["$client"], report: ReportFacts): ReportFacts[] {
  return candidatesOn(client, report, ["day", "week", "month"]).rows;
}

/**
 * `candidatesFor`'s reading, of candidates of the given precisions, and whether a read stopped at CANDIDATE_LIMIT.
 * With `days`, the candidates are the day-precision reports of those days only, sought in one statement (one seek
 * per day: a weekday of three years is 157), for a report whose day is one of them (`dateByOtherReports`).
 */
function candidatesOn(
  client: GeobriefDb["$client"],
  report: ReportFacts,
  precisions: readonly DatePrecision[],
  days?: string[],
): { rows: ReportFacts[]; full: boolean } {
  // A year says too little to tell one happening from the others of that year (see `agreement`).
  if (report.datePrecision === "year") return { rows: [], full: false };
  const countryPoints =
    report.countryCode === null || report.sourceKind === "dataset"
      ? []
      : (client.prepare("select lon, lat from places where country_code = ? and precision = 'country'").all(report.countryCode) as {
          lon: number;
          lat: number;
        }[]);
  // Each box reaches as far as the vaguer of the report and its candidates allows, by the candidates'
  // geo precision (1 a town, 2 a district, 3 a governorate or country): a town's box is a 25th of a governorate's.
  const own = report.placePrecision === null || report.placePrecision === "country" ? WIDEST_KM : SAME_PLACE_KM[report.placePrecision];
  const at = { lon: report.lon, lat: report.lat };
  const boxes =
    report.placePrecision === "country"
      ? [{ ...at, km: COUNTRY_REACH_KM, geo: [1, 2, 3] }]
      : [
          { ...at, km: Math.max(own, SAME_PLACE_KM.city), geo: [1] },
          { ...at, km: Math.max(own, SAME_PLACE_KM.admin2), geo: [2] },
          { ...at, km: WIDEST_KM, geo: [3] },
          ...countryPoints.map((point) => ({ ...point, km: 1, geo: [3] })),
        ];
  const family = typesOfFamily(typeFamilyOf(report.type));
  // Two rows of a coded dataset are two events by its coders' judgement: a row looks among articles' reports only.
  const kinds = report.sourceKind === "dataset" ? ["article"] : EVENT_SOURCE_KINDS;
  const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");
  // Types and kinds come from our vocabulary, written as literals so the planner seeks each range of the index.
  const inBoxes = boxes
    .map((box) => `(events.geo_precision in (${box.geo.join(", ")}) and events.lat between ? and ? and events.lon between ? and ?)`)
    .join(" or ");
  const onDates = days
    ? `events.date_precision = 'day' and events.date_start in (${days.map(() => "?").join(", ")})`
    : "events.date_precision = ? and events.date_start between ? and ? and events.date_end >= ?";
  const statement = client.prepare(`select ${REPORT_COLUMNS} from events left join places on places.id = events.place_id
    where events.type in (${list(family)}) and events.source_kind in (${list(kinds)}) and events.folded = 0
      and ${onDates} and events.status != 'rejected' and events.id != ? and (${inBoxes})
    limit ${CANDIDATE_LIMIT}`);
  const boxBounds = boxes.flatMap((box) => {
    const latDelta = box.km / 111;
    const lonDelta = box.km / (111 * Math.max(0.2, Math.cos(box.lat * radians)));
    return [box.lat - latDelta, box.lat + latDelta, box.lon - lonDelta, box.lon + lonDelta];
  });
  if (days) {
    const rows = statement.all(...days, report.id, ...boxBounds) as ReportFacts[];
    return { rows, full: rows.length === CANDIDATE_LIMIT };
  }
  const found = new Map<number, ReportFacts>();
  let full = false;
  for (const [precision, daysBefore] of EARLIEST_START.filter(([precision]) => precisions.includes(precision))) {
    const rows = statement.all(
      precision,
      shiftDay(report.dateStart, -daysBefore),
      report.dateEnd,
      report.dateStart,
      report.id,
      ...boxBounds,
    ) as ReportFacts[];
    full ||= rows.length === CANDIDATE_LIMIT;
    for (const row of rows) found.set(row.id, row);
  }
  return { rows: [...found.values()], full };
}

function reportFacts(client: GeobriefDb["$client"], eventId: number): ReportFacts {
  const row = client
    .prepare(`select ${REPORT_COLUMNS} from events left join places on places.id = events.place_id where events.id = ?`)
    .get(eventId);
  if (!row) throw new NotFoundError(`no event with id ${eventId}`);
  return row as ReportFacts;
}

function reportsOfIncident(db: Pick<GeobriefDb, "select">, incidentId: number): number[] {
  return db
    .select({ id: events.id })
    .from(events)
    .where(eq(events.incidentId, incidentId))
    .all()
    .map(({ id }) => id);
}

/**
 * Groups a newly stored report with the incident it tells of, if any: the best-agreeing candidate
 * from another article (an incident holds one report per article: the extractor already joined an
 * article's own restatements). Returns the incident joined, or null when the report stands alone.
 */
export function groupReport(db: GeobriefDb, eventId: number, linkedBy: string): number | null {
  const client = db.$client;
  const report = reportFacts(client, eventId);
  if (report.status === "rejected") return null;
  // Already joined (a later report found it first): grouping again could only move it.
  if (report.incidentId !== null) return report.incidentId;
  const candidates = candidatesFor(client, report);
  if (!candidates.length) return null;
  const actors = actorsOf(db, [eventId, ...candidates.map((candidate) => candidate.id)]);
  const scored = candidates
    .map((candidate) => ({ candidate, agreement: agreement(report, candidate, actors.get(eventId)!, actors.get(candidate.id)!) }))
    .filter((entry): entry is { candidate: ReportFacts; agreement: Agreement } => (entry.agreement?.score ?? 0) >= GROUPING_THRESHOLD)
    .sort((a, b) => b.agreement.score - a.agreement.score || a.candidate.id - b.candidate.id);
  const sharesArticle = client.prepare(
    `select exists (select 1 from evidence mine join evidence theirs on theirs.article_id = mine.article_id
      join events other on other.id = theirs.event_id
      where mine.event_id = ? and (other.id = ? or other.incident_id = ?)) as shared`,
  );
  for (const { candidate, agreement: found } of scored) {
    if ((sharesArticle.get(eventId, candidate.id, candidate.incidentId) as { shared: number }).shared) continue;
    const incidentId = candidate.incidentId ?? openIncident(db, candidate.id);
    client.prepare("update events set incident_id = ? where id = ?").run(incidentId, eventId);
    client
      .prepare(
        `insert into incident_links (event_id, matched_event_id, score, agreed, linked_by) values (?, ?, ?, ?, ?)
        on conflict (event_id) do update set matched_event_id = excluded.matched_event_id, score = excluded.score,
          agreed = excluded.agreed, linked_by = excluded.linked_by`,
      )
      .run(eventId, candidate.id, found.score, JSON.stringify(found.agreed), linkedBy);
    settleIncident(db, incidentId);
    return incidentId;
  }
  return null;
}

/** How far back a happening an article tells with no date of its own is looked for: the news of the last three years. */
const UNDATED_REACH_YEARS = 3;

/** The days (or months) a relative date may mean within reach: each Friday for "on Friday", each December for "in December". */
function daysItMayMean(when: RelativeDate, today: string): string[] {
  const from = when.within ? shiftDay(`${when.within}-01`, -7) : `${Number(today.slice(0, 4)) - UNDATED_REACH_YEARS}${today.slice(4)}`;
  const monthEnd = when.within ? dateRange(when.within).end : today;
  const to = monthEnd < today ? monthEnd : today;
  const pad = (value: number) => String(value).padStart(2, "0");
  const years = Array.from(
    { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
    (_, index) => Number(from.slice(0, 4)) + index,
  );
  if (precisionOfRelative(when) === "month")
    return years
      .map((year) => `${year}-${pad(when.month!)}`)
      .filter((month) => dateRange(month).end >= from && dateRange(month).start <= to);
  if (when.month !== undefined)
    return years
      .map((year) => `${year}-${pad(when.month!)}-${pad(when.day!)}`)
      .filter((day) => precisionOfDate(day) === "day" && day >= from && day <= to);
  // A weekday, or only a day ("today"), which the caller allows within a month alone.
  if (when.weekday === undefined && !when.within) return [];
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDay(day, 1))
    if (when.weekday === undefined || new Date(`${day}T00:00:00Z`).getUTCDay() === when.weekday) days.push(day);
  return days;
}

/** Whether a report dated `value` falls on a day (or in a month) a relative date may mean within reach. */
export function mayMean(when: RelativeDate, value: string, today: string): boolean {
  return daysItMayMean(when, today).some((day) => value.startsWith(day));
}

/** The type and actors (initiator first) of a candidate and, when it leads an incident, of each report folded under it. */
function reportsOfCandidate(client: GeobriefDb["$client"], candidate: ReportFacts): { id: number; type: PloverType; actors: string[] }[] {
  const rows = client
    .prepare("select id, type, actor_ids as actorIds from events where id = ? or (incident_id = ? and ? is not null) order by id")
    .all(candidate.id, candidate.incidentId, candidate.incidentId) as { id: number; type: PloverType; actorIds: string }[];
  return rows.map((row) => ({ id: row.id, type: row.type, actors: JSON.parse(row.actorIds) as string[] }));
}

/** Which stored report dated a happening an article could not date, and what they agreed in. */
export interface DatedByReport {
  date: string;
  eventId: number;
  agreed: string[];
}

/**
 * The date of a happening an article tells without the publication day that would fix it ("made an official trip to
 * Damascus on Friday"): the day (or month) of the stored report of the same type and initiator it agrees with best
 * (type, place, actors, as `agreement` weighs them), among the days its words allow within reach: each Friday of the
 * month the article is dated to, else of the three years before `today`. The days are sought in the report index as
 * grouping seeks one (`candidatesOn`: one seek per day, never a scan). A report of a week or a month fixes no
 * weekday. None when no report agrees, or reports of two days do.
 */
export function dateByOtherReports(db: GeobriefDb, undated: UndatedEvent, today: string): DatedByReport | null {
  const client = db.$client;
  const place = client.prepare("select id from places where gazetteer_id = ?").get(undated.placeId) as { id: number } | undefined;
  const precision = precisionOfRelative(undated.when);
  const report = (value: string): ReportFacts => ({
    id: -1,
    type: undated.type,
    dateValue: value,
    datePrecision: precision,
    dateStart: dateRange(value).start,
    dateEnd: dateRange(value).end,
    placeId: place?.id ?? null,
    lon: undated.lon,
    lat: undated.lat,
    countryCode: undated.country,
    placePrecision: undated.placePrecision,
    incidentId: null,
    status: "draft",
    sourceKind: "article",
  });
  // A weekday is fixed by a report of that day, all the days sought at once; a month by a report of a day in it or of
  // the month, each month apart. A read that stopped at its limit may hide a second day: then the day stays unknown.
  const mayMeanDays = daysItMayMean(undated.when, today);
  if (!mayMeanDays.length) return null;
  const reads =
    precision === "day"
      ? [{ values: mayMeanDays, ...candidatesOn(client, report(mayMeanDays[0]), ["day"], mayMeanDays) }]
      : mayMeanDays.map((value) => ({ values: [value], ...candidatesOn(client, report(value), ["day", "month"]) }));
  if (reads.some(({ full }) => full)) return null;
  const found = reads.flatMap(({ values, rows }) =>
    rows.flatMap((candidate) => {
      const value = values.find((day) => candidate.dateValue.startsWith(day));
      return value ? [{ value, candidate }] : [];
    }),
  );
  const own = new Set(undated.actors);
  // The best-agreeing report of each day it may mean.
  const best = new Map<string, DatedByReport & { score: number }>();
  for (const { value, candidate } of found) {
    // A date read from another report is a stronger claim than a grouping: one type, not one family, and one
    // initiator, not one actor of any part ("a Jordanian delegation in Damascus" is no Turkish visit there).
    // The lead stands for its incident: any of its reports may be the one alike.
    const reports = reportsOfCandidate(client, candidate);
    const alike = reports.find(
      (report) => report.type === undated.type && (!undated.actors.length || report.actors[0] === undated.actors[0]),
    );
    const theirs = new Set(reports.find((report) => report.id === candidate.id)!.actors);
    const agreed = alike ? agreement(report(value), candidate, own, theirs) : null;
    if (!agreed || agreed.score < GROUPING_THRESHOLD || (best.get(value)?.score ?? 0) >= agreed.score) continue;
    best.set(value, { date: value, eventId: alike!.id, agreed: agreed.agreed, score: agreed.score });
  }
  // Delegations visit Damascus on many Fridays: two days that agree leave the day unknown, however close their scores.
  if (best.size !== 1) return null;
  const [{ date, eventId, agreed }] = best.values();
  return { date, eventId, agreed };
}

/**
 * Groups the next `batch` article reports stored before incidents existed (migration 0019's
 * incident_backfill), in one transaction that also moves the mark on. Returns how many remain.
 * (A dataset row is found by the article reports' own lookup: rows of one dataset never group.)
 */
export function groupStoredReports(db: GeobriefDb, batch: number): number {
  const client = db.$client;
  return client
    .transaction(() => {
      const mark = client.prepare("select next_event_id as next, last_event_id as last from incident_backfill").get() as
        { next: number; last: number } | undefined;
      if (!mark) return 0;
      const pending = `from events where id between ? and ? and source_kind = 'article' and incident_id is null`;
      const ids = (client.prepare(`select id ${pending} order by id limit ?`).all(mark.next, mark.last, batch) as { id: number }[]).map(
        ({ id }) => id,
      );
      for (const id of ids) groupReport(db, id, "grouped at start-up (stored before incidents)");
      const next = (ids.at(-1) ?? mark.last) + 1;
      const remaining = (client.prepare(`select count(*) as n ${pending}`).get(next, mark.last) as { n: number }).n;
      if (remaining === 0) client.prepare("delete from incident_backfill").run();
      else client.prepare("update incident_backfill set next_event_id = ?").run(next);
      return remaining;
    })
    .immediate();
}

/** An incident for an event that stood alone, with it as its only report for now. */
function openIncident(db: Writer, eventId: number): number {
  const { id } = db
    .insert(incidents)
    .values({ leadEventId: eventId, reports: 1, independentSources: 1, credibility: 3 })
    .returning({ id: incidents.id })
    .get();
  db.update(events).set({ incidentId: id }).where(eq(events.id, eventId)).run();
  return id;
}

/** A report as an incident shows it: its own values beside its sentence and source. */
export interface IncidentReport {
  eventId: number;
  status: EventStatus;
  type: PloverType;
  dateValue: string;
  place: string | null;
  placeId: number | null;
  placePrecision: PlacePrecision | null;
  /** Initiator first. */
  actors: string[];
  fatalities: number | null;
  confidence: number | null;
  article: {
    id: number;
    title: string;
    url: string | null;
    published: string | null;
    outlet: string;
    outletId: number | null;
    grade: string;
  } | null;
  /** The wire service whose story it is, if it carries one. */
  wire: string | null;
  /** What makes it independent: "wire:AP", "outlet:12" or "dataset". */
  sourceKey: string;
  evidence: { start: number; end: number; quote: string }[];
  /** Why it joined (null for the report the incident was opened on). */
  link: { matchedEventId: number; score: number; agreed: string[]; linkedBy: string; linkedAt: string } | null;
}

/** A report is its wire's when one of its sentences credits one, or its article carries one. */
const wireOfReport = (quotes: string[], articleWire: string | null) => quotes.map(wireCreditedIn).find(Boolean) ?? articleWire;

/** What makes a report independent of another: its wire, else its outlet; a dataset's rows are one source. */
const sourceKeyOf = (sourceKind: string, wire: string | null, outlet: number | string) =>
  sourceKind === "dataset" ? "dataset" : wire ? `wire:${wire}` : `outlet:${outlet}`;

function loadReports(db: Pick<GeobriefDb, "select">, eventIds: number[]): IncidentReport[] {
  if (!eventIds.length) return [];
  const rows = db
    .select({
      eventId: events.id,
      status: events.status,
      type: events.type,
      dateValue: events.dateValue,
      place: places.name,
      placeId: events.placeId,
      placePrecision: places.precision,
      fatalities: events.fatalities,
      sourceKind: events.sourceKind,
      confidence: sql<number | null>`(select confidence from event_extractions where event_id = ${events.id})`,
    })
    .from(events)
    .leftJoin(places, eq(places.id, events.placeId))
    .where(inArray(events.id, eventIds))
    .orderBy(asc(events.id))
    .all();
  const quotes = db
    .select({
      eventId: evidence.eventId,
      start: evidence.start,
      end: evidence.end,
      quote: evidence.quote,
      articleId: articles.id,
      title: articles.title,
      url: articles.url,
      published: articles.published,
      outlet: articles.outlet,
      outletId: articles.outletId,
      articleWire: articles.wire,
      grade: sql<string>`coalesce(${outlets.grade}, 'F')`,
    })
    .from(evidence)
    .innerJoin(articles, eq(articles.id, evidence.articleId))
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(inArray(evidence.eventId, eventIds))
    .orderBy(asc(evidence.id))
    .all();
  const links = new Map(
    db
      .select()
      .from(incidentLinks)
      .where(inArray(incidentLinks.eventId, eventIds))
      .all()
      .map((link) => [link.eventId, link]),
  );
  const actorRows = db
    .select({ eventId: eventActors.eventId, actorId: eventActors.actorId })
    .from(eventActors)
    .where(inArray(eventActors.eventId, eventIds))
    .orderBy(asc(eventActors.position))
    .all();
  return rows.map(({ sourceKind, ...row }) => {
    const own = quotes.filter((quote) => quote.eventId === row.eventId);
    const first = own[0];
    const wire = wireOfReport(
      own.map((quote) => quote.quote),
      first?.articleWire ?? null,
    );
    const link = links.get(row.eventId);
    return {
      ...row,
      actors: [...new Set(actorRows.filter((actor) => actor.eventId === row.eventId).map((actor) => actor.actorId))],
      article: first
        ? {
            id: first.articleId,
            title: first.title,
            url: first.url,
            published: first.published,
            outlet: first.outlet,
            outletId: first.outletId,
            grade: first.grade,
          }
        : null,
      wire,
      sourceKey: sourceKeyOf(sourceKind, wire, first?.outletId ?? first?.outlet ?? row.eventId),
      evidence: own.map(({ start, end, quote }) => ({ start, end, quote })),
      link: link
        ? { matchedEventId: link.matchedEventId, score: link.score, agreed: link.agreed, linkedBy: link.linkedBy, linkedAt: link.linkedAt }
        : null,
    };
  });
}

/** Places at least this exact name a spot; a vaguer one ("Syria", a governorate) contains them rather than contradicting. */
const SPOT_PRECISIONS = new Set<PlacePrecision>(["site", "village", "city", "admin2"]);

/**
 * The fields on which an incident's reports contradict each other: two different days, two different
 * spots, two different initiators, two different death tolls. A month and a day in it, a country and a
 * town in it, or a report that names fewer actors, add detail without contradicting.
 */
export function disagreements(
  reports: Pick<IncidentReport, "dateValue" | "placeId" | "placePrecision" | "actors" | "fatalities">[],
): string[] {
  const differ = <T>(values: T[]) => new Set(values).size > 1;
  const fields: string[] = [];
  if (differ(reports.map((report) => report.dateValue).filter((date) => date.length === 10))) fields.push("date");
  const spots = reports.filter((report) => report.placePrecision !== null && SPOT_PRECISIONS.has(report.placePrecision));
  if (differ(spots.map((report) => report.placeId))) fields.push("place");
  if (differ(reports.flatMap((report) => report.actors.slice(0, 1)))) fields.push("initiator");
  if (differ(reports.map((report) => report.fatalities).filter((value) => value !== null))) fields.push("killed");
  return fields;
}

/** Credibility from corroboration (Admiralty): contradicted 5, two or more independent sources agreeing 2, one 3. */
export function derivedCredibility(independentSources: number, contested: boolean): Credibility {
  if (contested) return 5;
  return independentSources >= 2 ? 2 : 3;
}

const DATE_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/**
 * Brings an incident in line with its reports after any change: the lead (a confirmed report first,
 * then the most exact date, then the oldest), who is folded, the independent sources, whether its
 * reports disagree, its credibility and best reliability. An incident left with one report dissolves.
 */
export function settleIncident(db: GeobriefDb, incidentId: number): void {
  const reports = settlingFacts(db.$client, incidentId);
  if (reports.length <= 1) {
    for (const { eventId } of reports) {
      db.update(events).set({ incidentId: null, folded: false, sources: 1 }).where(eq(events.id, eventId)).run();
      db.delete(incidentLinks).where(eq(incidentLinks.eventId, eventId)).run();
    }
    db.delete(incidents).where(eq(incidents.id, incidentId)).run();
    return;
  }
  const alive = reports.filter((report) => report.status !== "rejected");
  const counted = alive.length ? alive : reports;
  const lead = [...counted].sort(
    (a, b) =>
      Number(b.status === "confirmed") - Number(a.status === "confirmed") ||
      DATE_RANK[a.datePrecision] - DATE_RANK[b.datePrecision] ||
      a.eventId - b.eventId,
  )[0];
  const independentSources = new Set(
    counted.map((report) =>
      sourceKeyOf(
        report.sourceKind,
        wireOfReport(report.quotes?.split(QUOTE_SEPARATOR) ?? [], report.articleWire),
        report.outletId ?? report.outlet ?? report.eventId,
      ),
    ),
  ).size;
  const contested = disagreements(counted.map((report) => ({ ...report, actors: report.initiator ? [report.initiator] : [] }))).length > 0;
  const reliability = Math.min(...counted.map((report) => reliabilityRank(report.grade)));
  const client = db.$client;
  client
    .prepare(
      `update incidents set lead_event_id = ?, reports = ?, independent_sources = ?, contested = ?,
        credibility = coalesce(credibility_override, ?) where id = ?`,
    )
    .run(
      lead.eventId,
      reports.length,
      independentSources,
      Number(contested),
      derivedCredibility(independentSources, contested),
      incidentId,
    );
  // Only the reports whose fold, sources or reliability change are written: each write moves the
  // counted tables' triggers, and an incident of forty reports would otherwise rewrite all forty per
  // report added. The lead is unfolded before the rest fold, so the counted tables never miss it.
  for (const report of [lead, ...reports.filter((report) => report !== lead)]) {
    const folded = report !== lead;
    if (report.folded === folded && report.sources === independentSources && report.reliability === reliability) continue;
    client
      .prepare("update events set folded = ?, sources = ?, reliability = ? where id = ?")
      .run(Number(folded), independentSources, reliability, report.eventId);
  }
}

/** Joins a report's sentences for one row of `settlingFacts` (a control character no sentence holds). */
const QUOTE_SEPARATOR = "\u001f";

/**
 * What settling reads of an incident's reports, in one statement of fixed text (so prepared once,
 * db/statement-cache.ts): it runs for every report grouped, and the panel's `loadReports` builds five.
 */
function settlingFacts(client: GeobriefDb["$client"], incidentId: number) {
  const rows = client
    .prepare(
      `select e.id as eventId, e.status as status, e.date_precision as datePrecision, e.date_value as dateValue,
        e.place_id as placeId, p.precision as placePrecision, e.fatalities as fatalities, e.source_kind as sourceKind,
        e.folded as folded, e.sources as sources, e.reliability as reliability,
        (select actor_id from event_actors where event_id = e.id order by position limit 1) as initiator,
        a.outlet_id as outletId, a.outlet as outlet, a.wire as articleWire, coalesce(o.grade, 'F') as grade,
        (select group_concat(quote, ?) from evidence where event_id = e.id) as quotes
      from events e
        left join places p on p.id = e.place_id
        left join articles a on a.id = (select article_id from evidence where event_id = e.id order by id limit 1)
        left join outlets o on o.id = a.outlet_id
      where e.incident_id = ?
      order by e.id`,
    )
    .all(QUOTE_SEPARATOR, incidentId) as {
    eventId: number;
    status: EventStatus;
    datePrecision: DatePrecision;
    dateValue: string;
    placeId: number | null;
    placePrecision: PlacePrecision | null;
    fatalities: number | null;
    sourceKind: string;
    folded: number;
    sources: number;
    reliability: number;
    initiator: string | null;
    outletId: number | null;
    outlet: string | null;
    articleWire: string | null;
    grade: ReliabilityGrade;
    quotes: string | null;
  }[];
  return rows.map((row) => ({ ...row, folded: row.folded === 1 }));
}

/** The incident an event reports, as its panel shows it; null for an event that stands alone. */
export function getIncidentOfEvent(db: GeobriefDb, eventId: number) {
  const event = db.select({ incidentId: events.incidentId }).from(events).where(eq(events.id, eventId)).get();
  if (!event) throw new NotFoundError(`no event with id ${eventId}`);
  if (event.incidentId === null) return null;
  const incident = db.select().from(incidents).where(eq(incidents.id, event.incidentId)).get()!;
  const reports = loadReports(db, reportsOfIncident(db, incident.id));
  const counted = reports.filter((report) => report.status !== "rejected");
  return { ...incident, reportList: reports, disagreements: disagreements(counted.length ? counted : reports) };
}

export type IncidentDetail = NonNullable<ReturnType<typeof getIncidentOfEvent>>;

/** Summaries of the incidents of these lead events, for their markers: reports, independent sources, contested. */
export function incidentBadges(db: Pick<GeobriefDb, "select">, incidentIds: number[]) {
  if (!incidentIds.length)
    return new Map<number, { reports: number; independentSources: number; contested: boolean; credibility: Credibility }>();
  return new Map(
    db
      .select({
        id: incidents.id,
        reports: incidents.reports,
        independentSources: incidents.independentSources,
        contested: incidents.contested,
        credibility: incidents.credibility,
      })
      .from(incidents)
      .where(inJsonList(incidents.id, incidentIds))
      .all()
      .map(({ id, ...badge }) => [id, badge]),
  );
}

function logDecision(
  db: Writer,
  eventIds: number[],
  reviewer: string,
  action: "merge" | "split",
  changes: Record<string, { from: unknown; to: unknown }>,
) {
  const reviewedAt = new Date().toISOString();
  for (const eventId of eventIds) db.insert(eventReviews).values({ eventId, reviewer, reviewedAt, action, changes }).run();
}

function incidentOrAlone(db: Pick<GeobriefDb, "select">, eventId: number) {
  const event = db
    .select({ id: events.id, incidentId: events.incidentId, status: events.status })
    .from(events)
    .where(eq(events.id, eventId))
    .get();
  if (!event) throw new NotFoundError(`no event with id ${eventId}`);
  const ids = event.incidentId === null ? [event.id] : reportsOfIncident(db, event.incidentId);
  const statuses = db.select({ status: events.status }).from(events).where(inArray(events.id, ids)).all();
  return { ...event, reportIds: ids, rejected: statuses.every((row) => row.status === "rejected") };
}

/** The reports of the incident an event reports (the event alone when it stands alone). */
export function reportIdsOf(db: Pick<GeobriefDb, "select">, eventId: number): number[] {
  return incidentOrAlone(db, eventId).reportIds;
}

/**
 * An analyst says two events report one happening: every report of the second's incident joins the
 * first's, in one transaction, logged on each moved report. Refused for one incident with itself and
 * for a rejected incident (reject is a judgement on the happening; reopen it first).
 */
export function mergeIncidents(db: GeobriefDb, eventId: number, otherEventId: number, reviewer: string) {
  return db.transaction((tx) => {
    const target = incidentOrAlone(tx, eventId);
    const other = incidentOrAlone(tx, otherEventId);
    if (target.reportIds.includes(otherEventId))
      throw new InvalidEditError(`events ${eventId} and ${otherEventId} already report one incident`);
    const rejected = [target, other].find((side) => side.rejected);
    if (rejected) throw new InvalidEditError(`the incident of event ${rejected.id} is rejected: reopen one of its reports before merging`);
    const incidentId = target.incidentId ?? openIncident(tx, target.id);
    tx.update(events).set({ incidentId }).where(inArray(events.id, other.reportIds)).run();
    for (const moved of other.reportIds)
      tx.insert(incidentLinks)
        .values({ eventId: moved, matchedEventId: eventId, score: 0, agreed: ["an analyst's merge"], linkedBy: reviewer })
        .onConflictDoUpdate({
          target: incidentLinks.eventId,
          set: { matchedEventId: eventId, score: 0, agreed: ["an analyst's merge"], linkedBy: reviewer },
        })
        .run();
    if (other.incidentId !== null) tx.delete(incidents).where(eq(incidents.id, other.incidentId)).run();
    logDecision(tx, [...target.reportIds, ...other.reportIds], reviewer, "merge", { incident: { from: other.incidentId, to: incidentId } });
    settleIncident(db, incidentId);
    return { incidentId, reports: target.reportIds.length + other.reportIds.length };
  }, WRITE);
}

/** An analyst takes one report out of its incident: it stands alone again (logged), and the incident settles without it. */
export function splitReport(db: GeobriefDb, eventId: number, reviewer: string) {
  return db.transaction((tx) => {
    const event = incidentOrAlone(tx, eventId);
    if (event.incidentId === null)
      throw new InvalidEditError(`event ${eventId} is the only report of its incident: there is nothing to split it from`);
    tx.update(events).set({ incidentId: null, folded: false, sources: 1 }).where(eq(events.id, eventId)).run();
    tx.delete(incidentLinks).where(eq(incidentLinks.eventId, eventId)).run();
    logDecision(tx, event.reportIds, reviewer, "split", {
      incident: { from: event.incidentId, to: null },
      report: { from: null, to: eventId },
    });
    settleIncident(db, event.incidentId);
    return { incidentId: event.incidentId, eventId };
  }, WRITE);
}

/** An analyst overrides an incident's derived credibility, with a reason; null clears the override. */
export function overrideCredibility(
  db: GeobriefDb,
  eventId: number,
  credibility: Credibility | null,
  reason: string | null,
  reviewer: string,
) {
  return db.transaction((tx) => {
    const event = incidentOrAlone(tx, eventId);
    if (event.incidentId === null)
      throw new InvalidEditError(`event ${eventId} stands alone: credibility is graded on incidents of two or more reports`);
    if (credibility !== null && !reason?.trim()) throw new InvalidEditError("an override of credibility needs a reason");
    tx.update(incidents)
      .set({
        credibilityOverride: credibility,
        overrideReason: credibility === null ? null : reason,
        overriddenBy: credibility === null ? null : reviewer,
      })
      .where(eq(incidents.id, event.incidentId))
      .run();
    settleIncident(db, event.incidentId);
    return tx.select().from(incidents).where(eq(incidents.id, event.incidentId)).get()!;
  }, WRITE);
}

/** Every stored incident (an event alone is one of one report), in the format of ../shared/eval/FORMAT.md, "Incidents". */
export function listIncidentsForScoring(db: GeobriefDb) {
  const rows = db
    .select({
      eventId: evidence.eventId,
      incidentId: events.incidentId,
      start: evidence.start,
      end: evidence.end,
      url: articles.url,
      title: articles.title,
    })
    .from(evidence)
    .innerJoin(events, eq(events.id, evidence.eventId))
    .innerJoin(articles, eq(articles.id, evidence.articleId))
    .where(ne(events.status, "rejected"))
    .orderBy(asc(events.id), asc(evidence.id))
    .all();
  const grouped = new Map<string, { id: string; reports: { url: string | null; title: string; start: number; end: number }[] }>();
  const seenEvents = new Set<number>();
  for (const row of rows) {
    // One report per event: its first span (an article's restatements are one report).
    if (seenEvents.has(row.eventId)) continue;
    seenEvents.add(row.eventId);
    const key = row.incidentId === null ? `event-${row.eventId}` : `incident-${row.incidentId}`;
    const entry = grouped.get(key) ?? { id: key, reports: [] };
    entry.reports.push({ ...(row.url ? { url: row.url } : { url: null }), title: row.title, start: row.start, end: row.end });
    grouped.set(key, entry);
  }
  return [...grouped.values()];
}
