import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";

const server = startTestServer();
/** A file laid out as ACLED's export writes it (tests/fixtures/acled-codebook.csv: 25 rows, every sub-event type). */
const CODEBOOK = readFileSync(path.join(process.cwd(), "tests", "fixtures", "acled-codebook.csv"));

const importFile = async (name: string, body: Buffer | string) => {
  const lines = (
    await (
      await fetch(`${server.baseUrl}/api/import?name=${name}`, {
        method: "POST",
        body: typeof body === "string" ? body : new Blob([new Uint8Array(body)]),
      })
    ).text()
  )
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  return { progress: lines.filter((line) => "progress" in line), last: lines.at(-1) };
};
const getJson = async (url: string) => (await fetch(`${server.baseUrl}${url}`)).json();

describe("an ACLED export through the dashboard's import", () => {
  it("imports, filters by deaths and by source, shows the ACLED row as the source, and exports ACLED's columns first", async () => {
    const { progress, last } = await importFile("syria.csv", CODEBOOK);
    expect(last.report).toMatchObject({ kind: "csv", rows: 25, imported: 25, updated: 0, ignoredColumns: ["data_source_note"] });
    expect(progress.at(-1).progress).toEqual({ rows: 25, bytes: CODEBOOK.length, totalBytes: CODEBOOK.length });

    const datasets = await getJson("/api/events?source=dataset");
    expect(datasets.features).toHaveLength(25);
    expect((await getJson("/api/events?source=article")).features).toHaveLength(6);
    const killed = await getJson("/api/events?killed=1");
    expect(killed.features.length).toBe(15);
    expect(killed.features.every((feature: { properties: { fatalities: number } }) => feature.properties.fatalities >= 1)).toBe(true);
    expect(await (await fetch(`${server.baseUrl}/api/events?killed=yes`)).json()).toEqual({
      error: 'invalid parameter "killed": expected 1 (events with at least one reported death)',
    });

    const timeline = await getJson("/api/events/timeline");
    const deaths = timeline.buckets.reduce((sum: number, bucket: { fatalities: number }) => sum + bucket.fatalities, 0);
    expect(deaths).toBe(
      datasets.features.reduce(
        (sum: number, feature: { properties: { fatalities: number | null } }) => sum + (feature.properties.fatalities ?? 0),
        0,
      ),
    );

    const strike = datasets.features.find(
      (feature: { properties: { type: string; actors: string[] } }) => feature.properties.actors[0] === "ISR",
    );
    const detail = await getJson(`/api/events/${strike.properties.id}`);
    expect(detail).toMatchObject({
      sourceKind: "dataset",
      evidence: [],
      dataset: { eventIdCnty: expect.stringMatching(/^SYR9\d{3}$/), country: "Syria" },
    });

    const csv = await (await fetch(`${server.baseUrl}/api/export/events.csv?source=dataset`)).text();
    const [header, first] = csv.split("\r\n");
    expect(header.startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,")).toBe(true);
    expect(first.startsWith("SYR9000,2025-02-01,2025,1,Political violence,Battles,Armed clash,Military Forces of Israel (2022-),")).toBe(
      true,
    );
  });

  it("re-imports its own export as updates of nothing: every row is already held", async () => {
    const csv = await (await fetch(`${server.baseUrl}/api/export/events.csv?source=dataset`)).text();
    const { last } = await importFile("again.csv", csv);
    expect(last.report).toMatchObject({ imported: 0, updated: 0, unchanged: 25, skipped: [] });
  });

  it("maps an imported name to a registry actor once, refusing what is not an imported name", async () => {
    const send = (body: unknown) =>
      fetch(`${server.baseUrl}/api/actors/mappings`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      });
    const refused = await send({ importedId: "ISR", actorId: "HTS" });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toContain("registry actor");
    expect((await send({ importedId: "REBEL-COALIT" })).status).toBe(400);
    const mapped = await send({ importedId: "REBEL-COALIT", actorId: "HTS" });
    expect(await mapped.json()).toEqual({ moved: 3 });
    expect(await getJson("/api/actors/mappings")).toMatchObject([{ name: "Rebel Coalition of Southern Syria", actorId: "HTS" }]);
    expect((await getJson("/api/events?actor=REBEL-COALIT")).features).toHaveLength(0);
  });
});
