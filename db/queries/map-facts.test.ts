import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NO_FILTERS } from "@/lib/event-filters";
import { openPreparedDatabase } from "@/server/start-up";
import { findEvents } from "./events";
import { recomputeMapFacts } from "./map-facts";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-facts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("region bits", () => {
  it("are the regions table's: masks and the region filter follow the stored bit, not a list's order", () => {
    const file = path.join(dir, "bits.db");
    const seeded = openPreparedDatabase(file);
    const bits = seeded.$client.prepare("select id, bit from regions group by id order by id").all() as { id: string; bit: number }[];
    expect(new Set(bits.map(({ bit }) => bit)).size).toBe(bits.length);
    const inside = findEvents(seeded, { ...NO_FILTERS, region: "sdf-northeast" }, { limit: 100 }).features.map((feature) => feature.id);
    expect(inside.length).toBeGreaterThan(0);
    // Give the north-east a bit no list would give it, as a region added later would have.
    seeded.$client.prepare("update regions set bit = 40 where id = 'sdf-northeast'").run();
    seeded.$client.close();

    const reopened = openPreparedDatabase(file);
    recomputeMapFacts(reopened);
    const masks = reopened.$client.prepare(`select distinct region_mask as mask from events where id in (${inside.join(",")})`).all() as {
      mask: number;
    }[];
    expect(masks.every(({ mask }) => (BigInt(mask) & (1n << 40n)) !== 0n)).toBe(true);
    expect(findEvents(reopened, { ...NO_FILTERS, region: "sdf-northeast" }, { limit: 100 }).features.map((feature) => feature.id)).toEqual(
      inside,
    );
    reopened.$client.close();
  });
});
