import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements } from "./statement-cache";

function connection() {
  const sqlite = new Database(":memory:");
  cacheStatements(sqlite);
  sqlite.exec("create table t (n integer); insert into t values (1), (2), (3);");
  return sqlite;
}

describe("cacheStatements", () => {
  it("hands back the statement already prepared for the same SQL", () => {
    const sqlite = connection();
    expect(sqlite.prepare("select n from t")).toBe(sqlite.prepare("select n from t"));
    expect(sqlite.prepare("select n from t")).not.toBe(sqlite.prepare("select n from t where n > 1"));
  });

  it("puts a reused statement back in object-row mode after drizzle switched it to raw rows", () => {
    const sqlite = connection();
    expect(sqlite.prepare("select n from t order by n").raw().get()).toEqual([1]);
    expect(sqlite.prepare("select n from t order by n").get()).toEqual({ n: 1 });
  });

  it("never hands out a statement still mid-iteration: the nested query gets its own", () => {
    const sqlite = connection();
    const seen: number[][] = [];
    for (const outer of sqlite.prepare("select n from t order by n").iterate() as Iterable<{ n: number }>) {
      seen.push((sqlite.prepare("select n from t order by n").all() as { n: number }[]).map((row) => row.n + outer.n));
    }
    expect(seen).toEqual([
      [2, 3, 4],
      [3, 4, 5],
      [4, 5, 6],
    ]);
  });

  it("still runs writes and sees a changed schema", () => {
    const sqlite = connection();
    sqlite.prepare("insert into t values (?)").run(4);
    sqlite.prepare("insert into t values (?)").run(5);
    expect(sqlite.prepare("select count(*) as c from t").get()).toEqual({ c: 5 });
    expect(sqlite.prepare("select * from t limit 1").get()).toEqual({ n: 1 });
    sqlite.exec("alter table t add column m integer default 7");
    expect(sqlite.prepare("select * from t limit 1").get()).toEqual({ n: 1, m: 7 });
  });
});
