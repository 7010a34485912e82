import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";

const server = startTestServer();
const dir = mkdtempSync(path.join(tmpdir(), "geobrief-concurrency-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Articles written for this test, each distinct. */
const article = (index: number) => ({
  title: `Concurrent report ${index}`,
  outlet: "Concurrency tests",
  published: "2025-09-05",
  body: `Israeli forces shelled Quneitra on Wednesday, report number ${index} said. Turkish officials met Syrian officials in Ankara on Thursday.`,
});

function count(sql: string, ...params: unknown[]): number {
  const database = new Database(server.dbPath, { readonly: true });
  try {
    return (database.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    database.close();
  }
}

const post = (body: unknown) =>
  fetch(`${server.baseUrl}/api/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("concurrent writers and readers", () => {
  it("stores 8 articles sent at once exactly once each, while reads keep answering", async () => {
    const writes = Array.from({ length: 8 }, (_, index) => post(article(index)));
    const reads = Array.from({ length: 8 }, () => fetch(`${server.baseUrl}/api/events`));
    const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    expect(written.map((response) => response.status)).toEqual(Array(8).fill(201));
    expect(read.map((response) => response.status)).toEqual(Array(8).fill(200));
    expect(count("select count(*) as n from articles where outlet = 'Concurrency tests'")).toBe(8);
    // Every event stored with its evidence: none half-written.
    expect(count("select count(*) as n from events e where not exists (select 1 from evidence v where v.event_id = e.id)")).toBe(0);
  });

  it("stores one article sent 8 times at once only once", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(article(100))));
    expect(answers.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(count("select count(*) as n from articles where title = ?", "Concurrent report 100")).toBe(1);
  });

  it("stores each of 20 files once when two ingest processes and the server race over them", async () => {
    const files = Array.from({ length: 20 }, (_, index) => {
      const file = path.join(dir, `race-${index}.txt`);
      const { title, outlet, published, body } = article(200 + index);
      writeFileSync(file, `title: ${title}\noutlet: ${outlet}\npublished: ${published}\n\n${body}\n`);
      return file;
    });
    const cli = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/ingest.ts", ...files], {
          env: { ...process.env, GEOBRIEF_DB: server.dbPath },
          stdio: "ignore",
        });
        child.on("exit", (code) => resolve(code ?? -1));
      });
    const viaServer = Promise.all(files.slice(0, 10).map((_, index) => post(article(200 + index))));
    const [first, second] = await Promise.all([cli(), cli(), viaServer]);
    expect([first, second]).toEqual([0, 0]);
    expect(count("select count(*) as n from articles where title like 'Concurrent report 2__'")).toBe(20);
  });
});
