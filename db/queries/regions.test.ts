/**
 * Stored region versions that GIS tools would refuse are repaired when the database is prepared, on a
 * real SQLite database. The broken shape is drawn for this test (a square with a bow-tie hole).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_BOW_TIE_HOLE, TEST_SHELL } from "@/tests/fixtures/regions";
import { topologyError } from "@/geo/geometry-check";
import { openPreparedDatabase, prepareDatabase } from "@/server/start-up";
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
