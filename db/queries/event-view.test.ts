/**
 * The map's per-view answers against independent counts of the raw rows, on a real SQLite
 * database filled by the generator, before and after reviews change events (the counts
 * kept by triggers must follow every write).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gazetteerPlace, loadGazetteer } from "@/ingest/gazetteer";
import type { BoundingBox } from "@/geo/types";
import { openPreparedDatabase } from "@/server/start-up";
import { NO_FILTERS } from "@/lib/event-filters";
import { generateEvents } from "../synthetic-events";
import { findEventView, monthsOfRange, POINT_LIMIT } from "./event-view";
import { reviewEvent } from "./review";
import { findTimeline } from "./timeline";
import { recomputeMapFacts, regionBit } from "./map-facts";
import { listActorsWithCounts } from "./actors";
import { findEventsByIds } from "./events";
import { createBriefing, MAX_BRIEFING_EVENTS } from "./briefings";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-view-"));
const db = openPreparedDatabase(path.join(dir, "view.db"));
generateEvents(db, loadGazetteer(), { events: 4_000, seed: 7 });
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const THEATRE: BoundingBox = [30, 29, 48, 41];
const count = (where: string, ...params: unknown[]) =>
  (db.$client.prepare(`select count(*) as n from events where status != 'rejected' and ${where}`).get(...params) as { n: number }).n;
const inBox = ([west, south, east, north]: BoundingBox) => `lon between ${west} and ${east} and lat between ${south} and ${north}`;
/** Events and deaths per month of the visible events `where` matches (year-only events left out), as a scan counts them. */
const monthly = (where: string) =>
  Object.fromEntries(
    (
      db.$client
        .prepare(
          `select substr(date_start, 1, 7) as month, count(*) as n, coalesce(sum(fatalities), 0) as killed from events
           where status != 'rejected' and date_precision != 'year' and ${where} group by 1`,
        )
        .all() as { month: string; n: number; killed: number }[]
    ).map(({ month, n, killed }) => [month, [n, killed]]),
  );
const bucketsOf = (timeline: ReturnType<typeof findTimeline>) =>
  Object.fromEntries(
    timeline.buckets.filter((bucket) => bucket.exact > 0).map((bucket) => [bucket.month, [bucket.exact, bucket.fatalities]]),
  );
const involving = (ids: string[]) =>
  `exists (select 1 from event_actors where event_id = events.id and actor_id in (${ids.map((id) => `'${id}'`).join(", ")}))`;
/** What `read` gives once `change` has altered a counted table, the change undone after. */
function withChanged<T>(change: string, read: () => T): T {
  db.$client.exec(`savepoint changed; ${change}`);
  try {
    return read();
  } finally {
    db.$client.exec("rollback to changed; release changed");
  }
}

/** What the trigger-kept tables should hold, recomputed from the events themselves. */
function precountedTablesMatchTheEvents() {
  const cells = db.$client
    .prepare(
      `
    select level, cast((lon + 180) * scale as integer) as cx, cast((lat + 90) * scale as integer) as cy, count(*) as n
    from events, cell_levels where status != 'rejected' and folded = 0 group by 1, 2, 3 order by 1, 2, 3`,
    )
    .all();
  expect(db.$client.prepare("select level, cx, cy, n from event_cells where n > 0 order by 1, 2, 3").all()).toEqual(cells);
  const days = db.$client
    .prepare(
      "select date_start, date_precision, count(*) as n from events where status != 'rejected' and folded = 0 group by 1, 2 order by 1, 2",
    )
    .all();
  expect(db.$client.prepare("select date_start, date_precision, n from event_days where n > 0 order by 1, 2").all()).toEqual(days);
  const actorCounts = db.$client
    .prepare(
      `
    select actor_id, count(distinct event_id) as n from event_actors join events on events.id = event_id
    where status != 'rejected' and folded = 0 group by 1 order by 1`,
    )
    .all();
  expect(db.$client.prepare("select actor_id, n from actor_event_counts where n > 0 order by 1").all()).toEqual(actorCounts);
  const actorCells = db.$client
    .prepare(
      `
    select actor_id, level, cast((lon + 180) * scale as integer) as cx, cast((lat + 90) * scale as integer) as cy, count(*) as n
    from (select distinct event_id, actor_id from event_actors) join events on events.id = event_id, cell_levels
    where status != 'rejected' and folded = 0 group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    )
    .all();
  expect(db.$client.prepare("select actor_id, level, cx, cy, n from event_actor_cells where n > 0 order by 1, 2, 3, 4").all()).toEqual(
    actorCells,
  );
  const actorDays = db.$client
    .prepare(
      `
    select actor_id, date_start, date_precision, count(*) as n, coalesce(sum(fatalities), 0) as fatalities
    from (select distinct event_id, actor_id from event_actors) join events on events.id = event_id
    where status != 'rejected' and folded = 0 group by 1, 2, 3 order by 1, 2, 3`,
    )
    .all();
  expect(
    db.$client
      .prepare("select actor_id, date_start, date_precision, n, fatalities from event_actor_days where n > 0 order by 1, 2, 3")
      .all(),
  ).toEqual(actorDays);
  const regionDays = db.$client
    .prepare(
      `
    select region_bit, date_start, date_precision, count(*) as n, coalesce(sum(fatalities), 0) as fatalities
    from events, (select distinct 1 << bit as region_bit from regions)
    where status != 'rejected' and folded = 0 and region_mask & region_bit != 0 group by 1, 2, 3 order by 1, 2, 3`,
    )
    .all();
  expect(regionDays.length).toBeGreaterThan(0);
  expect(
    db.$client
      .prepare("select region_bit, date_start, date_precision, n, fatalities from event_region_days where n > 0 order by 1, 2, 3")
      .all(),
  ).toEqual(regionDays);
  const cellMonths = db.$client
    .prepare(
      `
    select level, substr(date_start, 1, 7) as month, date_precision, cast((lon + 180) * scale as integer) as cx,
      cast((lat + 90) * scale as integer) as cy, count(*) as n
    from events, cell_levels where status != 'rejected' and folded = 0 and level <= 3 group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
    )
    .all();
  expect(
    db.$client.prepare("select level, month, date_precision, cx, cy, n from event_cell_months where n > 0 order by 1, 2, 3, 4, 5").all(),
  ).toEqual(cellMonths);
  const regionCells = db.$client
    .prepare(
      `
    select region_bit, level, cast((lon + 180) * scale as integer) as cx, cast((lat + 90) * scale as integer) as cy, count(*) as n
    from events, (select distinct 1 << bit as region_bit from regions), cell_levels
    where status != 'rejected' and folded = 0 and region_mask & region_bit != 0 and level <= 3 group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    )
    .all();
  expect(db.$client.prepare("select region_bit, level, cx, cy, n from event_region_cells where n > 0 order by 1, 2, 3, 4").all()).toEqual(
    regionCells,
  );
  // Each pair of actors one visible event names (an actor paired with itself too), by type and day.
  const actorPairDays = db.$client
    .prepare(
      `
    select a.actor_id as actor_a, b.actor_id as actor_b, type, date_start, date_precision, count(distinct events.id) as n
    from event_actors as a join event_actors as b on b.event_id = a.event_id and b.actor_id >= a.actor_id join events on events.id = a.event_id
    where status != 'rejected' and folded = 0 group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
    )
    .all();
  expect(
    db.$client
      .prepare("select actor_a, actor_b, type, date_start, date_precision, n from event_actor_pair_days where n > 0 order by 1, 2, 3, 4, 5")
      .all(),
  ).toEqual(actorPairDays);
  // One row per visible event and actor taking part, with the event's own filter columns.
  const actorFacts = `select distinct actor_id, type, date_start, event_id, date_precision, date_end, lon, lat, actor_mask, source_kind,
    fatalities, sources, reliability from event_actors join events on events.id = event_id where status != 'rejected' and folded = 0 order by 1, 2, 3, 4`;
  expect(db.$client.prepare("select * from event_actor_facts order by 1, 2, 3, 4").all()).toEqual(db.$client.prepare(actorFacts).all());
  const masks = db.$client
    .prepare(
      `
    select count(*) as n from events where actor_mask != (select coalesce(sum(distinct 1 << bit), 0) from event_actors join actors on actors.id = actor_id where event_id = events.id)`,
    )
    .get();
  expect(masks).toEqual({ n: 0 });
  // Each event's actor ids, in their positions' order, as its marker shows them.
  const actorIds = new Map<number, string[]>();
  for (const row of db.$client.prepare("select event_id, actor_id from event_actors order by event_id, position").all() as {
    event_id: number;
    actor_id: string;
  }[])
    actorIds.set(row.event_id, [...(actorIds.get(row.event_id) ?? []), row.actor_id]);
  const stored = db.$client.prepare("select id, actor_ids from events").all() as { id: number; actor_ids: string }[];
  expect(stored.filter((row) => JSON.stringify(actorIds.get(row.id) ?? []) !== row.actor_ids)).toEqual([]);
}

describe("the map's view of many events", () => {
  it("answers a crowded view with clusters whose counts add up to the events in their cells", () => {
    const view = findEventView(db, NO_FILTERS, THEATRE, 5.4);
    expect(view.events.features).toEqual([]);
    expect(view.total).toBeGreaterThan(POINT_LIMIT);
    // Whole 1° cells (level 0) around the theatre: their events, counted from the rows.
    expect(view.total).toBe(count(inBox([30, 29, 49, 42])));
    expect(view.clusters.features.length).toBeLessThan(300);
  });

  it("answers 'only' and 'hide' one actor from counted cells, matching the rows", () => {
    const involvesTur = "exists (select 1 from event_actors where event_id = events.id and actor_id = 'TUR')";
    // A box on whole 1° cells: clusters (whole cells) and listed events (the box) cover the same ground.
    const cellAligned: BoundingBox = [30, 29, 48.99999, 41.99999];
    const only = findEventView(db, { ...NO_FILTERS, actors: ["TUR"] }, cellAligned, 5.4);
    const hidden = findEventView(db, { ...NO_FILTERS, excludedActors: ["TUR"] }, cellAligned, 5.4);
    expect(only.total).toBe(count(`${inBox(cellAligned)} and ${involvesTur}`));
    expect(hidden.total).toBe(count(`${inBox(cellAligned)} and not ${involvesTur}`));
    expect(hidden.clusters.features.length).toBeGreaterThan(0);
    expect(only.total + hidden.total).toBe(findEventView(db, NO_FILTERS, cellAligned, 5.4).total);
  });

  it("answers a date range alone from cells counted per month, the days of a month it cuts from the events", () => {
    // A box on whole cells, at the zoom of level 0 (the theatre's) and of level 3 (a governorate's).
    const box: BoundingBox = [30, 29, 48.99999, 41.99999];
    // Crowded ranges (clusters): whole months, months cut at both ends, an open end; then a week (events drawn).
    const ranges: [string | undefined, string | undefined][] = [
      ["2017-01-01", "2024-12-31"],
      ["2017-03-10", "2024-05-20"],
      ["2018-02-15", undefined],
      [undefined, "2024-07-04"],
      ["2023-06-08", "2023-06-14"],
    ];
    const clusters = (view: ReturnType<typeof findEventView>) =>
      view.clusters.features.map(({ geometry, properties }) => [properties.count, ...geometry.coordinates.map((c) => c.toFixed(9))]).sort();
    let crowded = 0;
    for (const zoom of [5.4, 8.2]) {
      for (const [from, to] of ranges) {
        const filters = { ...NO_FILTERS, from, to };
        const view = findEventView(db, filters, box, zoom);
        expect(view.total).toBe(count(`${inBox(box)} and date_end >= ? and date_start <= ?`, from ?? "0000", to ?? "9999"));
        if (!view.clusters.features.length) continue;
        crowded++;
        // The same clusters as the index scan counts (a filter every event passes sets the counted cells aside).
        expect(clusters(view)).toEqual(clusters(findEventView(db, { ...filters, minSources: 1 }, box, zoom)));
        // And they were read from the counted months: without them, only the days of cut months count.
        expect(withChanged("delete from event_cell_months", () => findEventView(db, filters, box, zoom).total)).toBeLessThan(view.total);
      }
    }
    expect(crowded).toBe(8);
  });

  it("splits a date range into months counted ahead and the days of the months it cuts", () => {
    const whole = { firstYear: "2023-01", firstMonth: "2023-03", lastMonth: "2023-05", wholeFirst: "2023-03", wholeLast: "2023-05" };
    expect(monthsOfRange({ from: "2023-03-01", to: "2023-05-31" })).toEqual({ ...whole, cutDays: [] });
    expect(monthsOfRange({ from: "2023-03-10", to: "2023-05-20" })).toEqual({
      ...whole,
      wholeFirst: "2023-04",
      wholeLast: "2023-04",
      cutDays: [
        ["2023-03-10", "2023-03-31"],
        ["2023-05-01", "2023-05-20"],
      ],
    });
    // Within one month: no month whole, one span of days, whichever end cuts it.
    for (const [from, to] of [
      ["2023-06-08", "2023-06-14"],
      ["2023-06-01", "2023-06-14"],
      ["2023-06-08", "2023-06-30"],
    ]) {
      const { wholeFirst, wholeLast, cutDays } = monthsOfRange({ from, to });
      expect(wholeFirst > wholeLast).toBe(true);
      expect(cutDays).toEqual([[from, to]]);
    }
    // Across a year's end; and open ends.
    expect(monthsOfRange({ from: "2022-12-15", to: "2023-01-10" })).toMatchObject({
      wholeFirst: "2023-01",
      wholeLast: "2022-12",
      firstYear: "2022-01",
    });
    expect(monthsOfRange({ to: "2023-01-10" })).toMatchObject({
      firstMonth: "0000-00",
      wholeLast: "2022-12",
      cutDays: [["2023-01-01", "2023-01-10"]],
    });
    expect(monthsOfRange({ from: "2023-01-10" })).toMatchObject({ lastMonth: "9999-99", cutDays: [["2023-01-10", "2023-01-31"]] });
  });

  it("answers a region alone over a wide view from its counted cells", () => {
    const box: BoundingBox = [30, 29, 48.99999, 41.99999];
    const inRegion = `region_mask & ${regionBit(db, "sdf-northeast")} != 0`;
    for (const zoom of [5.4, 8.2]) {
      expect(findEventView(db, { ...NO_FILTERS, region: "sdf-northeast" }, box, zoom).total).toBe(count(`${inBox(box)} and ${inRegion}`));
      // Read from the counted cells: a hundredfold in them is a hundredfold on the map, in clusters.
      const inflated = withChanged("update event_region_cells set n = n * 100, sum_lon = sum_lon * 100, sum_lat = sum_lat * 100", () =>
        findEventView(db, { ...NO_FILTERS, region: "sdf-northeast" }, box, zoom),
      );
      expect(inflated.total).toBe(100 * count(`${inBox(box)} and ${inRegion}`));
      expect(inflated.clusters.features.length).toBeGreaterThan(0);
    }
  });

  it("reads several actors with other filters from each actor's own rows, an event of two of them once", () => {
    const both = ["TUR", "SDF"];
    expect(count(`${involving(["TUR"])} and ${involving(["SDF"])}`)).toBeGreaterThan(0);
    const cases = [
      { filters: { ...NO_FILTERS, actors: both, types: ["ASSAULT" as const] }, where: `${involving(both)} and type = 'ASSAULT'` },
      {
        filters: { ...NO_FILTERS, actors: both, from: "2019-03-10", to: "2023-05-20" },
        where: `${involving(both)} and date_end >= '2019-03-10' and date_start <= '2023-05-20'`,
      },
      {
        filters: { ...NO_FILTERS, actors: ["TUR"], excludedActors: ["SDF"], from: "2020-01-01" },
        where: `${involving(["TUR"])} and not ${involving(["SDF"])} and date_end >= '2020-01-01'`,
      },
    ];
    for (const { filters, where } of cases) {
      for (const zoom of [5.4, 8.2]) expect(findEventView(db, filters, THEATRE, zoom).total).toBe(count(`${where} and ${inBox(THEATRE)}`));
      expect(findTimeline(db, filters).total).toBe(count(where.replace(/ and date_end >= '[^']*'| and date_start <= '[^']*'/g, "")));
      // Read from the copy: without it, nothing matches.
      expect(withChanged("delete from event_actor_facts", () => findEventView(db, filters, THEATRE, 5.4).total)).toBe(0);
    }
    // The timeline too, where an actor is hidden; of actors alone or with types, it reads the pair counts (below).
    expect(withChanged("delete from event_actor_facts", () => findTimeline(db, cases[2].filters).total)).toBe(0);
  });

  it("answers one or two actors' timeline, of some types or any, from the counts per pair of actors, month by month as a scan would", () => {
    const both = ["SDF", "TUR"];
    const cases = [
      {
        filters: { ...NO_FILTERS, actors: ["TUR"], types: ["ASSAULT" as const, "COERCE" as const] },
        where: `${involving(["TUR"])} and type in ('ASSAULT', 'COERCE')`,
      },
      { filters: { ...NO_FILTERS, actors: both }, where: involving(both) },
      {
        filters: { ...NO_FILTERS, actors: ["TUR", "SDF"], types: ["ASSAULT" as const], from: "2019-01-01", to: "2022-12-31" },
        where: `${involving(both)} and type = 'ASSAULT'`,
      },
    ];
    for (const { filters, where } of cases) {
      const timeline = findTimeline(db, filters);
      expect(bucketsOf(timeline)).toEqual(monthly(where));
      expect(timeline.total).toBe(count(where));
      expect(timeline.total).toBeGreaterThan(0);
      // Read from the counts (of any type, an actor alone from event_actor_days): doubled there, doubled here.
      const doubled = "update event_actor_pair_days set n = n * 2; update event_actor_days set n = n * 2";
      expect(withChanged(doubled, () => findTimeline(db, filters).total)).toBe(2 * timeline.total);
    }
  });

  it("applies filters in SQL: the total matches a join written independently", () => {
    const view = findEventView(
      db,
      { ...NO_FILTERS, actors: ["TUR"], types: ["ASSAULT", "COERCE"], from: "2020-01-01", to: "2022-12-31" },
      THEATRE,
      5.4,
    );
    const expected = count(
      `type in ('ASSAULT', 'COERCE') and date_end >= '2020-01-01' and date_start <= '2022-12-31' and ${inBox(THEATRE)}
       and exists (select 1 from event_actors where event_id = events.id and actor_id = 'TUR')`,
    );
    expect(view.total).toBe(expected);
    // A range starting mid-month and mid-year: month- and year-precision events that began before it still overlap it.
    const wholeCells: BoundingBox = [30, 29, 48.99999, 41.99999];
    const midYear = findEventView(db, { ...NO_FILTERS, from: "2023-06-15", to: "2023-09-10" }, wholeCells, 5.4);
    expect(midYear.total).toBe(count(`date_end >= '2023-06-15' and date_start <= '2023-09-10' and ${inBox(wholeCells)}`));
    expect(count(`date_precision = 'year' and date_start = '2023-01-01'`)).toBeGreaterThan(0);
    expect(count(`date_precision = 'month' and date_start = '2023-06-01'`)).toBeGreaterThan(0);
    // Two hidden actors: no counted cells for that, so the index scan answers.
    const hidden = findEventView(db, { ...NO_FILTERS, excludedActors: ["TUR", "SDF"] }, THEATRE, 5.4);
    expect(hidden.total).toBe(
      count(`${inBox(THEATRE)} and not exists (select 1 from event_actors where event_id = events.id and actor_id in ('TUR', 'SDF'))`),
    );
  });

  it("draws the events themselves once few enough are in view, each inside it", () => {
    const damascus = gazetteerPlace("geonames:170654")!;
    const box: BoundingBox = [damascus.lon - 0.3, damascus.lat - 0.3, damascus.lon + 0.3, damascus.lat + 0.3];
    const view = findEventView(db, { ...NO_FILTERS, from: "2024-01-01", to: "2024-06-30" }, box, 10);
    expect(view.clusters.features).toEqual([]);
    expect(view.events.features.length).toBe(count(`${inBox(box)} and date_end >= '2024-01-01' and date_start <= '2024-06-30'`));
    expect(view.events.features.length).toBeGreaterThan(0);
  });

  it("tells a sparse filtered view from a crowded one, drawing exactly the events in view, oldest first", () => {
    // A governorate's zoom and a filter no counted table covers: one bounded scan decides.
    const withoutBoth = { ...NO_FILTERS, excludedActors: ["TUR", "SDF"] };
    const neither = "not exists (select 1 from event_actors where event_id = events.id and actor_id in ('TUR', 'SDF'))";
    const aleppoArea: BoundingBox = [36.5, 35.8, 37.8, 36.6];
    const sparse = findEventView(db, withoutBoth, aleppoArea, 8.2);
    expect(sparse.clusters.features).toEqual([]);
    const expected = db.$client
      .prepare(`select id from events where status != 'rejected' and ${neither} and ${inBox(aleppoArea)} order by date_start, id`)
      .all()
      .map((row) => (row as { id: number }).id);
    expect(expected.length).toBeGreaterThan(0);
    expect(sparse.events.features.map((feature) => feature.id)).toEqual(expected);
    expect(sparse.total).toBe(expected.length);
    // The theatre at the same zoom holds more than the map draws: clusters of the events in view.
    const crowded = findEventView(db, withoutBoth, THEATRE, 8.2);
    expect(crowded.events.features).toEqual([]);
    expect(crowded.total).toBe(count(`${neither} and ${inBox(THEATRE)}`));
    expect(crowded.total).toBeGreaterThan(POINT_LIMIT);
  });

  it("counts the timeline by month, spreading year-only events over their year", () => {
    const timeline = findTimeline(db, NO_FILTERS);
    expect(timeline.total).toBe(count("1"));
    const exact = timeline.buckets.reduce((sum, bucket) => sum + bucket.exact, 0);
    const spread = timeline.buckets.reduce((sum, bucket) => sum + bucket.spread, 0);
    expect(exact).toBe(count("date_precision != 'year'"));
    expect(Math.round(spread)).toBe(count("date_precision = 'year'"));
    const filtered = findTimeline(db, { ...NO_FILTERS, actors: ["SDF"], from: "2024-01-01" });
    expect(filtered.total).toBe(count("exists (select 1 from event_actors where event_id = events.id and actor_id = 'SDF')"));
  });

  it("answers the timeline for 'only' and 'hide' one actor from counted days, month by month as a scan would", () => {
    const involvesSdf = "exists (select 1 from event_actors where event_id = events.id and actor_id = 'SDF')";
    const only = findTimeline(db, { ...NO_FILTERS, actors: ["SDF"] });
    const hidden = findTimeline(db, { ...NO_FILTERS, excludedActors: ["SDF"] });
    expect(bucketsOf(only)).toEqual(monthly(involvesSdf));
    expect(bucketsOf(hidden)).toEqual(monthly(`not ${involvesSdf}`));
    expect(only.total).toBe(count(involvesSdf));
    expect(only.total + hidden.total).toBe(count("1"));
    expect(only.total).toBeGreaterThan(0);
    expect(hidden.total).toBeGreaterThan(0);
    const inRegion = `region_mask & ${regionBit(db, "sdf-northeast")} != 0`;
    const region = findTimeline(db, { ...NO_FILTERS, region: "sdf-northeast", from: "2024-01-01" });
    expect(bucketsOf(region)).toEqual(monthly(inRegion));
    expect(region.total).toBe(count(inRegion));
    expect(region.total).toBeGreaterThan(0);
  });

  it("keeps the counted tables true to the events through reviews", () => {
    precountedTablesMatchTheEvents();
    const ids = (db.$client.prepare("select id from events where status = 'draft' order by id limit 3").all() as { id: number }[]).map(
      ({ id }) => id,
    );
    reviewEvent(db, ids[0], { status: "rejected" }, "tester");
    reviewEvent(
      db,
      ids[1],
      {
        place: gazetteerPlace("geonames:170654")!,
        actors: [
          { actorId: "ISR", role: "initiator" },
          { actorId: "HEZ", role: "target" },
        ],
        date: "2023-05",
      },
      "tester",
    );
    reviewEvent(db, ids[2], { status: "confirmed", type: "ASSAULT" }, "tester");
    precountedTablesMatchTheEvents();
    const [edited] = findEventsByIds(db, [ids[1]]).features;
    expect(edited.properties).toMatchObject({
      actors: ["ISR", "HEZ"],
      colour: listActorsWithCounts(db).find((actor) => actor.id === "ISR")!.colour,
    });
    // Folded under an incident's lead, and unfolded.
    db.$client.prepare("update events set folded = 1 where id = ?").run(ids[2]);
    precountedTablesMatchTheEvents();
    db.$client.prepare("update events set folded = 0 where id = ?").run(ids[2]);
    precountedTablesMatchTheEvents();
    // An actor in two roles of one event counts once, and still counts when one role goes.
    const initiator = db.$client.prepare("select event_id, actor_id from event_actors where role = 'initiator' limit 1").get() as {
      event_id: number;
      actor_id: string;
    };
    db.$client
      .prepare("insert into event_actors (event_id, actor_id, role, position) values (?, ?, 'target', 9)")
      .run(initiator.event_id, initiator.actor_id);
    precountedTablesMatchTheEvents();
    db.$client
      .prepare("delete from event_actors where event_id = ? and actor_id = ? and role = 'target'")
      .run(initiator.event_id, initiator.actor_id);
    precountedTablesMatchTheEvents();
    // An actor joining an event, and leaving it, with nothing else about the event changed.
    const joining = db.$client
      .prepare("select id from actors where id not in (select actor_id from event_actors where event_id = ?) limit 1")
      .get(initiator.event_id) as { id: string };
    db.$client
      .prepare("insert into event_actors (event_id, actor_id, role, position) values (?, ?, 'target', 9)")
      .run(initiator.event_id, joining.id);
    precountedTablesMatchTheEvents();
    db.$client.prepare("delete from event_actors where event_id = ? and actor_id = ?").run(initiator.event_id, joining.id);
    precountedTablesMatchTheEvents();
    // Regions moved: some events leave them (as a new version's recompute writes), then every
    // event's mask is computed afresh (cleared, then filled).
    db.$client.exec("update events set region_mask = 0 where region_mask != 0 and id % 3 = 0");
    precountedTablesMatchTheEvents();
    recomputeMapFacts(db);
    precountedTablesMatchTheEvents();
    const isr = listActorsWithCounts(db).find((actor) => actor.id === "ISR")!;
    expect(isr.eventCount).toBe(count("exists (select 1 from event_actors where event_id = events.id and actor_id = 'ISR')"));
  });

  it("refuses a briefing of more events than it can hold, naming how many and what to narrow", () => {
    const input = {
      title: "Everything",
      notes: "",
      createdBy: "tester",
      query: "",
      view: null,
      imageSize: { width: 1, height: 1 },
      selectedEventIds: [],
      mapImage: Buffer.alloc(0),
    };
    expect(() => createBriefing(db, { ...input, filters: NO_FILTERS } as never)).toThrow(
      `at most ${MAX_BRIEFING_EVENTS.toLocaleString("en")}: narrow`,
    );
    const before = db.$client.prepare("select count(*) as n from briefings").get();
    expect(before).toEqual({ n: 0 });
  });
});
