/**
 * What the map shows of a view: the events themselves when few enough match, otherwise
 * clusters counted in SQL on a grid fitted to the zoom. Payloads stay small at any zoom
 * and any database size: at most POINT_LIMIT events, or one cluster per grid cell in view.
 */
import { sql, type SQL } from "drizzle-orm";
import type { BoundingBox, FeatureCollection, Point } from "@/geo/types";
import type { GeobriefDb } from "../client";
import { countedSelection, type CountedSelection, type EventFilters } from "@/lib/event-filters";
import { dateRange } from "@/lib/vocabulary";
import { events } from "../schema";
import { actorFactRows, type ActorFactRows } from "./actor-facts";
import { eventConditions, findEvents, findEventsByIds, type EventMarkerProps } from "./events";
import { regionBit } from "./map-facts";

/** Above this many events in view, the map shows clusters. */
export const POINT_LIMIT = 1_500;
/** Grid levels of migration 0005: cells of 2^-level degrees. */
const MAX_LEVEL = 7;

export interface ClusterProps {
  count: number;
  /** The zoom at which the cluster's cell splits into smaller ones. */
  expansionZoom: number;
}

export interface EventView {
  /** Events matching the filters in view (for clusters, counted over whole cells). */
  total: number;
  events: FeatureCollection<Point, EventMarkerProps>;
  clusters: FeatureCollection<Point, ClusterProps>;
}

/** Clusters about 45 px wide: a cell of 2^-level degrees is ~45 px at zoom level + 5. */
export function gridLevelForZoom(zoom: number): number {
  return Math.min(MAX_LEVEL, Math.max(0, Math.floor(zoom) - 5));
}

function cellRange(bbox: BoundingBox, scale: number) {
  const [west, south, east, north] = bbox;
  return {
    minX: Math.floor((west + 180) * scale),
    maxX: Math.floor((east + 180) * scale),
    minY: Math.floor((south + 90) * scale),
    maxY: Math.floor((north + 90) * scale),
  };
}

/**
 * Where a filtered view is read, without the table: a covering index, events_map_idx by the box
 * (SQLite's choice), or, over a wide view with a date range, events_timeline_idx (the dates narrow
 * more). An R*Tree was measured and dropped: each hit costs a table lookup for the filter columns,
 * 25 ms for a city view of a million events against 2 ms.
 */
const viewIndex = (filters: EventFilters, level: number) =>
  sql.raw(level <= 2 && (filters.from || filters.to) ? "indexed by events_timeline_idx" : "");

/** Ids of at most `limit` events matching in view, in no order: the scan stops once it has them. */
function matchingEventIds(
  db: GeobriefDb,
  filters: EventFilters,
  bbox: BoundingBox,
  level: number,
  limit: number,
  facts: ActorFactRows | undefined,
): number[] {
  return db
    .all<{ id: number }>(
      facts
        ? sql`${facts("event_id as id")} limit ${limit}`
        : sql`select ${events.id} as id from ${events} ${viewIndex(filters, level)} where ${eventConditions(db, { ...filters, bbox })} limit ${limit}`,
    )
    .map(({ id }) => id);
}

interface CellRow {
  n: number;
  lon: number;
  lat: number;
}

/**
 * The grid levels of migrations 0023 and 0025 (wide_cell_levels), cells counted per month and per
 * region: the zooms at which a view counts its cells first. Up to them an actor filter no counted table
 * answers reads event_actor_facts; finer, the view's box narrows more than the actors do, and
 * events_map_idx reads it.
 */
const MAX_WIDE_LEVEL = 3;

/**
 * How a view's cells are counted ahead: a CountedSelection; or, at a wide level and with no other
 * filter, the months of a date range (event_cell_months) or a region's cells (event_region_cells).
 * Undefined when an index scan counts them.
 */
type CountedCells = CountedSelection | { kind: "months"; from?: string; to?: string } | { kind: "region"; regionBit: number };

function countedCells(db: GeobriefDb, filters: EventFilters, level: number): CountedCells | undefined {
  const counted = countedSelection(filters, ["bbox"]);
  if (counted || level > MAX_WIDE_LEVEL) return counted;
  if (filters.region && countedSelection(filters, ["bbox", "region"])?.kind === "every")
    return { kind: "region", regionBit: regionBit(db, filters.region) };
  if ((filters.from || filters.to) && countedSelection(filters, ["bbox", "from", "to"])?.kind === "every")
    return { kind: "months", from: filters.from, to: filters.to };
  return undefined;
}

/** The month (YYYY-MM) `delta` months after `month`. */
function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split("-").map(Number);
  return new Date(Date.UTC(year, number - 1 + delta, 1)).toISOString().slice(0, 7);
}

/**
 * How a date range reads event_cell_months: an event matches when its date overlaps the range (as
 * eventConditions has it), so month-precision events of every month from `firstMonth` to `lastMonth`,
 * year-precision ones of every year from `firstYear`'s, day-precision ones of the months the range
 * holds whole (`wholeFirst` to `wholeLast`, none when the first is later), and the day-precision
 * events of the days of a month it cuts (`cutDays`, at most two spans), which are read from the events.
 */
export function monthsOfRange({ from, to }: { from?: string; to?: string }) {
  const firstMonth = from?.slice(0, 7) ?? "0000-00";
  const lastMonth = to?.slice(0, 7) ?? "9999-99";
  const cutsFirst = !!from && from !== dateRange(firstMonth).start;
  const cutsLast = !!to && to !== dateRange(lastMonth).end;
  const cutDays: [string, string][] = [];
  if (cutsFirst) cutDays.push([from!, to && to < dateRange(firstMonth).end ? to : dateRange(firstMonth).end]);
  if (cutsLast && !(cutsFirst && lastMonth === firstMonth)) cutDays.push([dateRange(lastMonth).start, to!]);
  return {
    firstYear: from ? `${from.slice(0, 4)}-01` : firstMonth,
    firstMonth,
    lastMonth,
    wholeFirst: cutsFirst ? shiftMonth(firstMonth, 1) : firstMonth,
    wholeLast: cutsLast ? shiftMonth(lastMonth, -1) : lastMonth,
    cutDays,
  };
}

/** The cell rows of a date range (monthsOfRange), to be summed per cell. */
function monthCellRows(
  { level, minX, maxX, minY, maxY }: ReturnType<typeof cellRange> & { level: number },
  range: { from?: string; to?: string },
): SQL {
  const { firstYear, firstMonth, lastMonth, wholeFirst, wholeLast, cutDays } = monthsOfRange(range);
  const counted = sql`
    select cx, cy, n, sum_lon, sum_lat from event_cell_months as m
    where m.level = ${level} and m.cx between ${minX} and ${maxX} and m.cy between ${minY} and ${maxY}
      and m.month between ${firstYear} and ${lastMonth} and (
        (m.date_precision = 'day' and m.month between ${wholeFirst} and ${wholeLast})
        or (m.date_precision = 'month' and m.month >= ${firstMonth})
        or m.date_precision = 'year')`;
  const scale = 2 ** level;
  const cx = sql.raw(`cast((lon + 180) * ${scale} as integer)`);
  const cy = sql.raw(`cast((lat + 90) * ${scale} as integer)`);
  const cut = cutDays.map(
    ([first, last]) => sql`
    select ${cx} as cx, ${cy} as cy, 1 as n, lon as sum_lon, lat as sum_lat from ${events}
    where date_start between ${first} and ${last} and date_precision = 'day' and status != 'rejected' and folded = 0
      and ${cx} between ${minX} and ${maxX} and ${cy} between ${minY} and ${maxY}`,
  );
  return sql.join([counted, ...cut], sql` union all `);
}

/** Per-cell counts and centroids of the matching events in view. */
function countCells(
  db: GeobriefDb,
  filters: EventFilters,
  bbox: BoundingBox,
  level: number,
  counted: CountedCells | undefined,
  facts: ActorFactRows | undefined,
): CellRow[] {
  const scale = 2 ** level;
  const { minX, maxX, minY, maxY } = cellRange(bbox, scale);
  const inCells = (table: string) =>
    sql.raw(`${table}.level = ${level} and ${table}.cx between ${minX} and ${maxX} and ${table}.cy between ${minY} and ${maxY}`);
  // Counted ahead by triggers (migrations 0005, 0008, 0025): a few hundred rows, whatever the
  // database size (`counted`: countedCells, with the box answered by the cell range).
  const countedIn = (table: string, key: SQL) =>
    db.all<CellRow>(
      sql`select n, sum_lon / n as lon, sum_lat / n as lat from ${sql.raw(table)} as t where ${key} and ${inCells("t")} and n > 0`,
    );
  if (counted?.kind === "region") return countedIn("event_region_cells", sql`t.region_bit = ${counted.regionBit}`);
  if (counted?.kind === "every") return countedIn("event_cells", sql`true`);
  if (counted?.kind === "only") return countedIn("event_actor_cells", sql`t.actor_id = ${counted.actorId}`);
  if (counted?.kind === "months") {
    return db.all<CellRow>(sql`
      select sum(n) as n, sum(sum_lon) / sum(n) as lon, sum(sum_lat) / sum(n) as lat
      from (${monthCellRows({ level, minX, maxX, minY, maxY }, counted)}) group by cx, cy having sum(n) > 0`);
  }
  if (counted?.kind === "hide") {
    // Events without the actor: every event of the cell, less that actor's.
    return db.all<CellRow>(sql`
      select c.n - coalesce(a.n, 0) as n,
        (c.sum_lon - coalesce(a.sum_lon, 0)) / (c.n - coalesce(a.n, 0)) as lon,
        (c.sum_lat - coalesce(a.sum_lat, 0)) / (c.n - coalesce(a.n, 0)) as lat
      from event_cells as c
      left join event_actor_cells as a on a.actor_id = ${counted.actorId} and a.level = c.level and a.cx = c.cx and a.cy = c.cy
      where ${inCells("c")} and c.n - coalesce(a.n, 0) > 0`);
  }
  return db.all<CellRow>(sql`
    select count(*) as n, avg(lon) as lon, avg(lat) as lat
    from ${facts ? sql`(${facts("lon, lat")})` : sql`${events} ${viewIndex(filters, level)} where ${eventConditions(db, { ...filters, bbox })}`}
    group by cast((lon + 180) * ${scale} as integer), cast((lat + 90) * ${scale} as integer)`);
}

/** The map's data for one view: events when POINT_LIMIT or fewer match, else clusters. */
export function findEventView(db: GeobriefDb, filters: EventFilters, bbox: BoundingBox, zoom: number): EventView {
  const level = gridLevelForZoom(zoom);
  const drawn = (found: EventView["events"]): EventView => ({
    total: found.features.length,
    events: found,
    clusters: { type: "FeatureCollection", features: [] },
  });
  let cells: CellRow[];
  const counted = countedCells(db, filters, level);
  // Read once per view: the actors' bits it needs are looked up when it is made.
  const facts = counted || level > MAX_WIDE_LEVEL ? undefined : actorFactRows(db, { ...filters, bbox });
  if (counted || (level <= 2 && !facts)) {
    // Counted cells answer at once, and a wide view is mostly crowded: its cells are counted
    // first. They cover the view, so at most POINT_LIMIT in them is at most that many in it.
    cells = countCells(db, filters, bbox, level, counted, facts);
    if (cells.reduce((sum, cell) => sum + cell.n, 0) <= POINT_LIMIT)
      return drawn(findEvents(db, { ...filters, bbox }, { limit: POINT_LIMIT }));
  } else {
    // A scan that stops at POINT_LIMIT + 1 matches tells which: early over a crowded view, and
    // over a sparse one it is the only scan. Counting cells first scanned a sparse view twice
    // (150 ms for a governorate's 1,400 matches at a million events, 90 ms this way).
    const ids = matchingEventIds(db, filters, bbox, level, POINT_LIMIT + 1, facts);
    if (ids.length <= POINT_LIMIT) return drawn(findEventsByIds(db, ids));
    cells = countCells(db, filters, bbox, level, counted, facts);
  }
  const total = cells.reduce((sum, cell) => sum + cell.n, 0);
  return {
    total,
    events: { type: "FeatureCollection", features: [] },
    clusters: {
      type: "FeatureCollection",
      features: cells.map((cell) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [cell.lon, cell.lat] },
        properties: { count: cell.n, expansionZoom: Math.min(level + 6, 14) },
      })),
    },
  };
}
