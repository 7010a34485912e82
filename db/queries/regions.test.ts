/**
 * Stored region versions that GIS tools would refuse are repaired when the database is prepared, on a
 * real SQLite database. The broken shape is drawn for this test (a square with a bow-tie hole).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { topologyError } from "@/geo/geometry-check";
import { openPreparedDatabase, prepareDatabase } from "@/server/start-up";
import { regionRow } from "./region-versions";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-regions-"));
const db = openPreparedDatabase(path.join(dir, "regions.db"));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const square = [
  [40, 36],
  [41, 36],
  [41, 37],
  [40, 37],
  [40, 36],
];
const bowTieHole = [
  [40.2, 36.2],
  [40.4, 36.4],
  [40.4, 36.2],
  [40.2, 36.4],
  [40.2, 36.2],
];

describe("stored regions", () => {
  it("are all valid as GIS tools read them, and one stored broken is repaired at start-up", () => {
    for (const id of ["sdf-northeast", "turkey-syria-border", "southwest-syria"])
      expect(topologyError(regionRow(db, id).geometry), id).toBeNull();
    db.$client
      .prepare("update regions set geometry = ? where id = 'southwest-syria'")
      .run(JSON.stringify({ type: "Polygon", coordinates: [square, bowTieHole] }));
    expect(topologyError(regionRow(db, "southwest-syria").geometry)).toBe("Self-intersection at 40.3000, 36.3000");
    prepareDatabase(db);
    expect(topologyError(regionRow(db, "southwest-syria").geometry)).toBeNull();
  });
});
