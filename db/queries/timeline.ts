/**
 * The timeline's histogram: events per month under every filter but the date range (the
 * range is what the timeline sets). Precision is honoured: a day- or month-precision event
 * falls in its month; a year-precision event is spread over its twelve months, and counted
 * apart so the chart can draw it paler.
 */
import { sql, type SQL } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { GeobriefDb } from "../client";
import { countedSelection, type EventFilters } from "@/lib/event-filters";
import { events } from "../schema";
import type { DatePrecision } from "@/lib/vocabulary";
import { actorFactRows } from "./actor-facts";
import { eventConditions } from "./events";
import { inJsonList } from "./json-list";
import { regionBit } from "./map-facts";

export interface TimelineBucket {
  /** YYYY-MM */
  month: string;
  /** Events dated to a day or a month within this month. */
  exact: number;
  /** This month's share of year-precision events (a twelfth of each). */
  spread: number;
  /** Deaths reported in the events dated to this month (year-only events' deaths are not spread). */
  fatalities: number;
}

export interface Timeline {
  total: number;
  buckets: TimelineBucket[];
}

interface DayRow {
  dateStart: string;
  precision: DatePrecision;
  n: number;
  fatalities: number;
}

const ignoresDates = (filters: EventFilters): EventFilters => ({ ...filters, from: undefined, to: undefined });

const DAY_COLUMNS = sql.raw("date_start as dateStart, date_precision as precision");

/**
 * The days counted ahead by triggers that answer these filters: every visible event's (migration
 * 0005), one actor's or all less one actor's (0021), one region's (0022). Undefined when no
 * counted table does.
 */
function countedDays(db: GeobriefDb, filters: EventFilters): SQL | undefined {
  const counted = countedSelection(filters, ["from", "to", "region"]);
  if (filters.region) {
    return counted?.kind === "every"
      ? sql`select ${DAY_COLUMNS}, n, fatalities from event_region_days where region_bit = ${regionBit(db, filters.region)} and n > 0`
      : undefined;
  }
  switch (counted?.kind) {
    case "every":
      return sql`select ${DAY_COLUMNS}, n, fatalities from event_days where n > 0`;
    case "only":
      return sql`select ${DAY_COLUMNS}, n, fatalities from event_actor_days where actor_id = ${counted.actorId} and n > 0`;
    case "hide":
      // Events without the actor: every event of the day, less that actor's.
      return sql`
        select d.date_start as dateStart, d.date_precision as precision, d.n - coalesce(a.n, 0) as n,
          d.fatalities - coalesce(a.fatalities, 0) as fatalities
        from event_days as d
        left join event_actor_days as a on a.actor_id = ${counted.actorId} and a.date_start = d.date_start and a.date_precision = d.date_precision
        where d.n - coalesce(a.n, 0) > 0`;
  }
  return undefined;
}

/** Made by migration 0027, not by schema.ts: an actor paired with itself counts that actor's events. */
const actorPairDays = sqliteTable("event_actor_pair_days", {
  actorA: text("actor_a").notNull(),
  actorB: text("actor_b").notNull(),
  type: text("type").notNull(),
  dateStart: text("date_start").notNull(),
  datePrecision: text("date_precision").notNull(),
  n: integer("n").notNull(),
  fatalities: integer("fatalities").notNull(),
});

/**
 * The days of one actor's or two actors' events, of some types or any, from the counts per pair of
 * actors (migration 0027): "A or B" is A's plus B's less those naming both. Undefined under any
 * other filter but the dates, which the timeline ignores. Each pair is read on its own, so that a
 * type filter seeks each type's days (an OR of the pairs read every type's, 33 ms at a million events).
 */
function actorPairDaysOf(filters: EventFilters): SQL | undefined {
  const [a, b, ...more] = [...new Set(filters.actors)].sort();
  if (!a || more.length || countedSelection({ ...filters, actors: [] }, ["from", "to", "types"])?.kind !== "every") return undefined;
  const ofTypes = filters.types.length ? sql` and ${inJsonList(actorPairDays.type, filters.types)}` : sql``;
  const pairDays = (first: string, second: string, sign: 1 | -1) =>
    // Of any type, an actor alone is counted in event_actor_days (0021), without a row per type.
    first === second && !filters.types.length
      ? sql`select ${DAY_COLUMNS}, n, fatalities from event_actor_days where actor_id = ${first} and n > 0`
      : sql`select ${DAY_COLUMNS}, ${sign} * n as n, ${sign} * fatalities as fatalities from ${actorPairDays}
          where ${actorPairDays.actorA} = ${first} and ${actorPairDays.actorB} = ${second} and n > 0${ofTypes}`;
  const parts = b ? [pairDays(a, a, 1), pairDays(b, b, 1), pairDays(a, b, -1)] : [pairDays(a, a, 1)];
  return sql`
    select dateStart, precision, sum(n) as n, sum(fatalities) as fatalities from (${sql.join(parts, sql` union all `)})
    group by 1, 2 having sum(n) > 0`;
}

/** The days of the events an actor filter matches, from the copy each actor's rows are kept in (actor-facts.ts). */
function actorFactDays(db: GeobriefDb, filters: EventFilters): SQL | undefined {
  const rows = actorFactRows(db, ignoresDates(filters));
  return (
    rows &&
    sql`select date_start as dateStart, date_precision as precision, count(*) as n, coalesce(sum(fatalities), 0) as fatalities
        from (${rows("date_start, date_precision, fatalities")}) group by 1, 2`
  );
}

function countDays(db: GeobriefDb, filters: EventFilters): DayRow[] {
  return db.all<DayRow>(
    countedDays(db, filters) ??
      actorPairDaysOf(filters) ??
      actorFactDays(db, filters) ??
      // Grouped in the order of events_timeline_idx, which covers every filter: no sort, no table reads.
      sql`
        select ${events.dateStart} as dateStart, ${events.datePrecision} as precision, count(*) as n, coalesce(sum(${events.fatalities}), 0) as fatalities from ${events}
        where ${eventConditions(db, ignoresDates(filters))}
        group by ${events.dateStart}, ${events.datePrecision}`,
  );
}

/** Monthly buckets from the first to the last month with events, empty months included. */
export function findTimeline(db: GeobriefDb, filters: EventFilters): Timeline {
  const exact = new Map<string, number>();
  const killed = new Map<string, number>();
  const spreadByYear = new Map<string, number>();
  let total = 0;
  for (const { dateStart, precision, n, fatalities } of countDays(db, filters)) {
    total += n;
    if (precision === "year") spreadByYear.set(dateStart.slice(0, 4), (spreadByYear.get(dateStart.slice(0, 4)) ?? 0) + n);
    else {
      exact.set(dateStart.slice(0, 7), (exact.get(dateStart.slice(0, 7)) ?? 0) + n);
      killed.set(dateStart.slice(0, 7), (killed.get(dateStart.slice(0, 7)) ?? 0) + fatalities);
    }
  }
  const months = [...exact.keys(), ...[...spreadByYear.keys()].flatMap((year) => [`${year}-01`, `${year}-12`])].sort();
  if (!months.length) return { total, buckets: [] };
  const buckets: TimelineBucket[] = [];
  let [year, month] = months[0].split("-").map(Number);
  const last = months[months.length - 1];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    buckets.push({
      month: key,
      exact: exact.get(key) ?? 0,
      spread: (spreadByYear.get(String(year)) ?? 0) / 12,
      fatalities: killed.get(key) ?? 0,
    });
    if (key === last) break;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return { total, buckets };
}
