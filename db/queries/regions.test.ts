/**
 * Region versions on a real SQLite database: stored ones GIS tools would refuse are repaired when the
 * database is prepared, and drawn ones are saved (or refused) as analysts expect. Every shape is
 * drawn for these tests (a square with a bow-tie hole, squares around a point).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { area } from "@turf/turf";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_BOW_TIE_HOLE, TEST_SHELL } from "@/tests/fixtures/regions";
import { topologyError } from "@/geo/geometry-check";
import type { Polygon } from "@/geo/types";
import { openPreparedDatabase, prepareDatabase } from "@/server/start-up";
import { ConflictError, InvalidEditError, NotFoundError } from "../errors";
import { regionBit } from "./map-facts";
import { getRegionDetail, saveRegionDrawing, type RegionDrawing } from "./regions";
import { regionRow } from "./region-versions";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-regions-"));
const db = openPreparedDatabase(path.join(dir, "regions.db"));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("stored regions", () => {
  it("are all valid as GIS tools read them, and one stored broken is repaired at start-up", () => {
    for (const id of ["sdf-northeast", "turkey-syria-border", "southwest-syria"])
      expect(topologyError(regionRow(db, id).geometry), id).toBeNull();
    db.$client
      .prepare("update regions set geometry = ? where id = 'southwest-syria'")
      .run(JSON.stringify({ type: "Polygon", coordinates: [TEST_SHELL, TEST_BOW_TIE_HOLE] }));
    expect(topologyError(regionRow(db, "southwest-syria").geometry)).toBe("Self-intersection at 40.3000, 36.3000");
    prepareDatabase(db);
    expect(topologyError(regionRow(db, "southwest-syria").geometry)).toBeNull();
  });
});

/** A square of `half` degrees around a point, anticlockwise (RFC 7946), written for these tests. */
function squareAround([lon, lat]: [number, number], half: number): Polygon {
  return {
    type: "Polygon",
    coordinates: [
      [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
      ],
    ],
  };
}

const drawing = (overrides: Partial<RegionDrawing>): RegionDrawing => ({
  regionId: "southwest-syria",
  baseVersion: 1,
  region: null,
  geometry: TEST_SQUARE,
  validFrom: "2026-01-10",
  status: "assessed-advance",
  basis: "Drawn by the test suite; no claim about any real line.",
  citations: [{ title: "Geobrief test suite", publisher: "Geobrief" }],
  sentences: [],
  ...overrides,
});
const TEST_SQUARE = squareAround([40.5, 36.5], 0.2);
const versionCount = (id: string) => (db.$client.prepare("select count(*) n from regions where id = ?").get(id) as { n: number }).n;

describe("a drawn region version", () => {
  it("closes the version it was drawn from, and a second analyst drawing from that same version is refused", () => {
    const base = regionRow(db, "southwest-syria").version;
    expect(saveRegionDrawing(db, drawing({ baseVersion: base }), "Analyst A")).toEqual({ id: "southwest-syria", version: base + 1 });
    const current = regionRow(db, "southwest-syria");
    expect([current.version, current.status, current.recordedBy, current.geometry]).toEqual([
      base + 1,
      "assessed-advance",
      "Analyst A",
      TEST_SQUARE,
    ]);
    expect(regionRow(db, "southwest-syria", "2026-01-09").validTo).toBe("2026-01-10");
    // Measured when stored, not when the panel asks: what the old version held, less what it lost, plus what it gained, is the new.
    const [latest] = getRegionDetail(db, "southwest-syria").history;
    const before = area(regionRow(db, "southwest-syria", "2026-01-09").geometry) / 1e6;
    expect(before - latest.change!.lostKm2 + latest.change!.gainedKm2).toBeCloseTo(area(TEST_SQUARE) / 1e6, 0);
    db.$client.prepare("update regions set gained_km2 = null, lost_km2 = null where id = 'southwest-syria'").run();
    expect(getRegionDetail(db, "southwest-syria").history[0].change).toBeNull();
    prepareDatabase(db);
    expect(getRegionDetail(db, "southwest-syria").history[0].change).toEqual(latest.change);

    const stale = () => saveRegionDrawing(db, drawing({ baseVersion: base, validFrom: "2026-01-11" }), "Analyst B");
    expect(stale).toThrow(ConflictError);
    expect(stale).toThrow(`version ${base} of southwest-syria is no longer current: version ${base + 1} was saved since by Analyst A`);
    expect(versionCount("southwest-syria")).toBe(base + 1);
  });

  it("refuses a start before the current version's, an unknown region and an unknown holder, writing nothing", () => {
    const current = regionRow(db, "southwest-syria").version;
    expect(() => saveRegionDrawing(db, drawing({ baseVersion: current, validFrom: "2026-01-01" }), "A")).toThrow(InvalidEditError);
    expect(() => saveRegionDrawing(db, drawing({ regionId: "no-such-region" }), "A")).toThrow(NotFoundError);
    expect(() =>
      saveRegionDrawing(
        db,
        drawing({ regionId: "test-watch", baseVersion: null, region: { name: "Watch", kind: "watch-area", controllingActor: "NOBODY" } }),
        "A",
      ),
    ).toThrow("unknown holder NOBODY");
    expect([versionCount("southwest-syria"), versionCount("test-watch")]).toEqual([current, 0]);
  });

  it("makes a new region whose events filter like the composed ones', citing a stored sentence as its source", () => {
    const event = db.$client.prepare("select id, lon, lat from events order by id limit 1").get() as {
      id: number;
      lon: number;
      lat: number;
    };
    const article = db.$client.prepare("select id, title, outlet from articles order by id limit 1").get() as {
      id: number;
      title: string;
      outlet: string;
    };
    saveRegionDrawing(
      db,
      drawing({
        regionId: "test-watch",
        baseVersion: null,
        region: { name: "Test watch area", kind: "watch-area", controllingActor: "TUR" },
        geometry: squareAround([event.lon, event.lat], 0.05),
        citations: [],
        sentences: [{ articleId: article.id, start: 0, end: 40 }],
      }),
      "Analyst A",
    );
    const region = regionRow(db, "test-watch");
    expect([region.version, region.kind, region.controllingActorId]).toEqual([1, "watch-area", "TUR"]);
    expect(region.sources).toEqual([expect.objectContaining({ title: article.title, publisher: article.outlet })]);
    const mention = db.$client.prepare("select quote from region_mentions where region_id = 'test-watch'").get() as { quote: string };
    expect(mention.quote).toHaveLength(40);
    const inside = db.$client.prepare("select id from events where region_mask & ? != 0").all(regionBit(db, "test-watch"));
    expect(inside).toContainEqual({ id: event.id });
  });
});
