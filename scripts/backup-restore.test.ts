import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openPreparedDatabase } from "@/server/start-up";
import { ingestArticle } from "@/ingest/ingest-article";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[], dbPath: string) {
  const result = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), `scripts/${script}.ts`, ...args], {
    env: { ...process.env, GEOBRIEF_DB: dbPath },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout + result.stderr };
}
const articleCount = (file: string) => {
  const database = new Database(file, { readonly: true });
  const { n } = database.prepare("select count(*) as n from articles").get() as { n: number };
  database.close();
  return n;
};

describe("backup and restore", () => {
  const live = path.join(dir, "live.db");
  const db = openPreparedDatabase(live);
  ingestArticle(
    db,
    { title: "Extra", outlet: "Tests", published: "2025-09-05", body: "Israeli forces shelled Quneitra on Wednesday." },
    { reviewer: "tests" },
  );

  it("backs up the database while a connection holds it open, and restores it elsewhere", () => {
    const backup = path.join(dir, "backup.db");
    const made = run("backup", [backup], live);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toContain("integrity ok");
    expect(run("backup", [backup], live).code).toBe(1);

    const other = path.join(dir, "other.db");
    openPreparedDatabase(other).$client.close();
    expect(articleCount(other)).toBe(1);
    const restored = run("restore", [backup], other);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain("previous database is kept");
    expect(articleCount(other)).toBe(2);
  });

  it("refuses a file that is not a Geobrief database of a compatible schema, and leaves the database alone", () => {
    const target = path.join(dir, "target.db");
    openPreparedDatabase(target).$client.close();
    const text = path.join(dir, "not.db");
    writeFileSync(text, "hello");
    const foreign = path.join(dir, "foreign.db");
    new Database(foreign).exec("create table notes (body text)");
    const newer = path.join(dir, "newer.db");
    openPreparedDatabase(newer).$client.close();
    new Database(newer).prepare("insert into __drizzle_migrations (hash, created_at) values ('f00', 99999999999999)").run();
    // A backup that carries a trigger of its own (it would run on our writes), or a changed one.
    const planted = path.join(dir, "planted.db");
    openPreparedDatabase(planted).$client.close();
    new Database(planted).exec("create trigger planted after insert on articles begin delete from events; end");
    const altered = path.join(dir, "altered.db");
    openPreparedDatabase(altered).$client.close();
    new Database(altered).exec(
      "drop trigger event_days_insert; create trigger event_days_insert after insert on events begin delete from articles; end",
    );
    for (const [file, reason] of [
      [text, "not a database"],
      [foreign, "not a Geobrief database"],
      [newer, "newer"],
      [path.join(dir, "missing.db"), "cannot open"],
      [planted, 'trigger "planted" is not one of ours'],
      [altered, 'trigger "event_days_insert" is defined differently'],
    ]) {
      const refused = run("restore", [file], target);
      expect(refused.code, file).toBe(1);
      expect(refused.out).toContain(reason);
    }
    expect(articleCount(target)).toBe(1);
  });
});
