import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openPreparedDatabase } from "@/server/start-up";
import { extractArticle } from "@/ingest/extract-article";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dbPath = path.join(dir, "crash.db");
const TOTAL = 300;

/** Articles written for this test: each distinct, each with events to store. */
const body = (index: number) =>
  `Israeli forces shelled Quneitra on Wednesday, residents of block ${index} said. Turkish officials met Syrian officials in Ankara on Thursday to discuss case ${index}.`;

/** One process, so SIGKILL reaches the ingest itself (the tsx CLI would run it in a child). */
const inProcess = ["--import", "tsx", "scripts/ingest.ts"];
const query = <T>(sql: string): T[] => {
  const database = new Database(dbPath, { readonly: true });
  try {
    return database.prepare(sql).all() as T[];
  } finally {
    database.close();
  }
};

describe("a large ingest killed with SIGKILL", () => {
  it("leaves a sound database where each article is wholly stored or absent, and resumes", async () => {
    openPreparedDatabase(dbPath).$client.close();
    const files = Array.from({ length: TOTAL }, (_, index) => {
      const file = path.join(dir, `a${index}.txt`);
      writeFileSync(file, `title: Crash test ${index}\noutlet: Crash tests\npublished: 2025-09-05\n\n${body(index)}\n`);
      return file;
    });

    const child = spawn(process.execPath, [...inProcess, ...files], { env: { ...process.env, GEOBRIEF_DB: dbPath }, stdio: "ignore" });
    const stored = () => query<{ n: number }>("select count(*) as n from articles where outlet = 'Crash tests'")[0].n;
    const deadline = Date.now() + 60_000;
    while (stored() < 20 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    const before = stored();
    expect(before).toBeGreaterThanOrEqual(20);
    expect(before).toBeLessThan(TOTAL);

    expect(query<{ integrity_check: string }>("pragma integrity_check")[0].integrity_check).toBe("ok");
    // Wholly present: each stored article has exactly the draft events its text yields, each with evidence.
    const rows = query<{ body: string; events: number; orphans: number }>(`
      select a.body, (select count(*) from evidence v where v.article_id = a.id) as events,
        (select count(*) from evidence v left join events e on e.id = v.event_id where v.article_id = a.id and e.id is null) as orphans
      from articles a where a.outlet = 'Crash tests'`);
    for (const row of rows) {
      expect(row.orphans).toBe(0);
      expect(row.events).toBe(extractArticle(row.body, { published: "2025-09-05" }).events.length);
    }
    expect(
      query<{ n: number }>("select count(*) as n from events e where not exists (select 1 from evidence v where v.event_id = e.id)")[0].n,
    ).toBe(0);

    // Resumable: running the same import again stores the rest and skips what is there.
    const rerun = spawnSync(process.execPath, [...inProcess, ...files], { env: { ...process.env, GEOBRIEF_DB: dbPath }, encoding: "utf8" });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(`${TOTAL - before} stored, ${before} skipped, 0 failed`);
    expect(stored()).toBe(TOTAL);
  });
});

describe("a CSV import killed with SIGKILL", () => {
  it("leaves a sound database with none of the file imported, and a rerun imports it all", async () => {
    const csvDb = path.join(dir, "csv.db");
    openPreparedDatabase(csvDb).$client.close();
    const file = path.join(dir, "rows.csv");
    const generated = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-acled.ts", file, "--rows", "3000", "--seed", "7"], {
      encoding: "utf8",
    });
    expect(generated.status, generated.stderr).toBe(0);
    const eventsIn = () => {
      const database = new Database(csvDb, { readonly: true });
      try {
        return {
          count: (database.prepare("select count(*) as n from events").get() as { n: number }).n,
          integrity: database.pragma("integrity_check", { simple: true }),
        };
      } finally {
        database.close();
      }
    };
    const before = eventsIn().count;

    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
      env: { ...process.env, GEOBRIEF_DB: csvDb },
      stdio: ["ignore", "ignore", "pipe"],
    });
    // Killed once it reports its first thousand rows: well inside the transaction.
    await new Promise<void>((resolve) => child.stderr!.on("data", (chunk: Buffer) => chunk.toString().includes("1,000 rows") && resolve()));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    expect(eventsIn()).toEqual({ count: before, integrity: "ok" });

    const rerun = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
      env: { ...process.env, GEOBRIEF_DB: csvDb },
      encoding: "utf8",
    });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain("3000 imported, 0 updated, 0 unchanged, 0 skipped of 3000 rows");
    expect(eventsIn().count).toBe(before + 3000);
  });
});
