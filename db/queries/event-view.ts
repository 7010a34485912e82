/**
 * What the map shows of a view: the events themselves when few enough match, otherwise
 * clusters counted in SQL on a grid fitted to the zoom. Payloads stay small at any zoom
 * and any database size: at most POINT_LIMIT events, or one cluster per grid cell in view.
 */
import { sql } from "drizzle-orm";
import type { BoundingBox, FeatureCollection, Point } from "@/geo/types";
import type { GeobriefDb } from "../client";
import { countedSelection, type CountedSelection, type EventFilters } from "@/lib/event-filters";
import { events } from "../schema";
import { eventConditions, findEvents, findEventsByIds, type EventMarkerProps } from "./events";

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
function matchingEventIds(db: GeobriefDb, filters: EventFilters, bbox: BoundingBox, level: number, limit: number): number[] {
  return db
    .all<{ id: number }>(
      sql`select ${events.id} as id from ${events} ${viewIndex(filters, level)} where ${eventConditions(db, { ...filters, bbox })} limit ${limit}`,
    )
    .map(({ id }) => id);
}

interface CellRow {
  n: number;
  lon: number;
  lat: number;
}

/** Per-cell counts and centroids of the matching events in view. */
function countCells(
  db: GeobriefDb,
  filters: EventFilters,
  bbox: BoundingBox,
  level: number,
  counted: CountedSelection | undefined,
): CellRow[] {
  const scale = 2 ** level;
  const { minX, maxX, minY, maxY } = cellRange(bbox, scale);
  const inCells = (table: string) =>
    sql.raw(`${table}.level = ${level} and ${table}.cx between ${minX} and ${maxX} and ${table}.cy between ${minY} and ${maxY}`);
  // Counted ahead by triggers (migrations 0005 and 0008): a few hundred rows, whatever the
  // database size (`counted`: countedSelection with the box answered by the cell range).
  if (counted?.kind === "every") {
    return db.all<CellRow>(sql`select n, sum_lon / n as lon, sum_lat / n as lat from event_cells as c where ${inCells("c")} and n > 0`);
  }
  if (counted?.kind === "only") {
    return db.all<CellRow>(sql`
      select n, sum_lon / n as lon, sum_lat / n as lat from event_actor_cells as a
      where a.actor_id = ${counted.actorId} and ${inCells("a")} and n > 0`);
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
    select count(*) as n, avg(${events.lon}) as lon, avg(${events.lat}) as lat from ${events} ${viewIndex(filters, level)}
    where ${eventConditions(db, { ...filters, bbox })}
    group by cast((${events.lon} + 180) * ${scale} as integer), cast((${events.lat} + 90) * ${scale} as integer)`);
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
  const counted = countedSelection(filters, ["bbox"]);
  if (counted || level <= 2) {
    // Counted cells answer at once, and a wide view is mostly crowded: its cells are counted
    // first. They cover the view, so at most POINT_LIMIT in them is at most that many in it.
    cells = countCells(db, filters, bbox, level, counted);
    if (cells.reduce((sum, cell) => sum + cell.n, 0) <= POINT_LIMIT)
      return drawn(findEvents(db, { ...filters, bbox }, { limit: POINT_LIMIT }));
  } else {
    // A scan that stops at POINT_LIMIT + 1 matches tells which: early over a crowded view, and
    // over a sparse one it is the only scan. Counting cells first scanned a sparse view twice
    // (150 ms for a governorate's 1,400 matches at a million events, 90 ms this way).
    const ids = matchingEventIds(db, filters, bbox, level, POINT_LIMIT + 1);
    if (ids.length <= POINT_LIMIT) return drawn(findEventsByIds(db, ids));
    cells = countCells(db, filters, bbox, level, counted);
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
