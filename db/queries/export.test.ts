import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "@/ingest/gazetteer";
import { openPreparedDatabase } from "@/server/start-up";
import { NO_FILTERS } from "@/lib/event-filters";
import { generateEvents } from "../synthetic-events";
import { eventsForExport } from "./export";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-export-"));
const db = openPreparedDatabase(path.join(dir, "export.db"));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("eventsForExport", () => {
  it("walks the ids window by window: each shown event exactly once, in id order, in several batches", () => {
    generateEvents(db, loadGazetteer(), { events: 2_000, seed: 7 });
    const batches = [...eventsForExport(db, NO_FILTERS, { idWindow: 300 })];
    const ids = batches.flat().map((event) => event.id);
    const shown = db.$client.prepare("select count(*) as n from events where status != 'rejected'").get() as { n: number };
    expect(batches.length).toBeGreaterThan(2);
    expect(ids).toHaveLength(shown.n);
    expect(ids.every((id, index) => index === 0 || id > ids[index - 1])).toBe(true);
    const [first] = batches[0];
    expect(first.actors.length).toBeGreaterThan(0);
    expect(first.quote?.length).toBeGreaterThan(10);
  });

  it("applies the filters inside each window", () => {
    const turkish = [...eventsForExport(db, { ...NO_FILTERS, actors: ["TUR"] }, { idWindow: 300 })].flat();
    expect(turkish.length).toBeGreaterThan(0);
    expect(turkish.every((event) => event.actors.some((actor) => actor.name === "Türkiye"))).toBe(true);
  });
});
