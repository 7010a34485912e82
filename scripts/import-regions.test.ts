/**
 * `npm run import -- FILE.geojson`: a region's new version goes in whole, closes the one
 * before, and the map (listRegions at a date) shows each version in its own time; a bad file
 * changes nothing and says why.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPreparedDatabase } from "@/server/start-up";
import { findEvents } from "@/db/queries/events";
import { getRegionDetail } from "@/db/queries/regions";
import { listRegions } from "@/db/queries/region-versions";
import { NO_FILTERS } from "@/lib/event-filters";
import { TEST_SQUARE_CLOCKWISE, testRegionProperties } from "@/tests/fixtures/regions";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-regions-"));
const dbPath = path.join(dir, "regions.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importFile(name: string, content: unknown) {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
    env: { ...process.env, GEOBRIEF_DB: dbPath },
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
const collection = (properties: Record<string, unknown>, coordinates = [TEST_SQUARE_CLOCKWISE]) => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties, geometry: { type: "Polygon", coordinates } }],
});
const versions = () => {
  const db = openPreparedDatabase(dbPath);
  try {
    return getRegionDetail(db, "sdf-northeast").history.map(({ version, validFrom, validTo }) => ({ version, validFrom, validTo }));
  } finally {
    db.$client.close();
  }
};

describe("npm run import -- FILE.geojson", () => {
  it("adds a version that closes the current one; each date shows its own version", () => {
    const run = importFile("square.geojson", collection(testRegionProperties));
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("region sdf-northeast: version 2, valid from 2026-01-01");
    expect(run.out).toContain("1 ring(s) rewound to RFC 7946 winding");
    expect(versions()).toEqual([
      { version: 2, validFrom: "2026-01-01", validTo: null },
      { version: 1, validFrom: expect.anything(), validTo: "2026-01-01" },
    ]);
    const db = openPreparedDatabase(dbPath);
    try {
      const sdfNow = listRegions(db).find((region) => region.properties.id === "sdf-northeast")!;
      const sdfBefore = listRegions(db, "2025-10-17").find((region) => region.properties.id === "sdf-northeast")!;
      expect(sdfNow.properties.name).toBe("Test area (tests only)");
      expect(sdfBefore.properties.name).not.toBe("Test area (tests only)");
      // The events' region bits follow the new shape: none of the seed events lies in the test square.
      expect(findEvents(db, { ...NO_FILTERS, region: "sdf-northeast" }, { limit: 10 }).features).toEqual([]);
    } finally {
      db.$client.close();
    }
  });

  it("refuses a bad file or an out-of-order version with the reasons, and changes nothing", () => {
    const before = versions();
    const bowTie = importFile(
      "bad.geojson",
      collection(testRegionProperties, [
        [
          [40, 36],
          [41, 37],
          [41, 36],
          [40, 37],
          [40, 36],
        ],
      ]),
    );
    expect(bowTie.code).toBe(1);
    expect(bowTie.err).toContain("feature 0 crosses itself near");
    const older = importFile("older.geojson", collection({ ...testRegionProperties, validFrom: "2025-12-01" }));
    expect(older.code).toBe(1);
    expect(older.err).toContain("must start after the latest one (from 2026-01-01)");
    expect(importFile("notjson.geojson", "{").err).toContain("not JSON");
    expect(versions()).toEqual(before);
  });
});
