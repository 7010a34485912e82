import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/ingest/ingest-article";
import { openPreparedDatabase } from "@/server/start-up";
import { reviewEvent } from "./review";
import { search, toMatchQuery } from "./search";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-search-"));
const db = openPreparedDatabase(path.join(dir, "search.db"));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("search", () => {
  it("finds sentences by a word without its accents or its ending, with offsets into the article", () => {
    const [hit] = search(db, "sharaa").filter((result) => result.kind === "sentence");
    expect(hit.snippet).toContain("[[Sharaa]]");
    const matches = search(db, "turkiy").filter((result) => result.kind === "sentence");
    expect(matches.length).toBeGreaterThan(3);
    expect(matches[0].snippet).toContain("[[Türkiye]]");
  });

  it("finds events, actors and places, and leaves rejected events out", () => {
    const kinds = new Set(search(db, "Damascus").map((result) => result.kind));
    expect(kinds).toEqual(new Set(["place", "event", "sentence", "actor"]));
    // The seed review rejected the MOBILIZE draft; confirmed ones are found by type.
    expect(search(db, "MOBILIZE").filter((result) => result.kind === "event")).toEqual([]);
    expect(search(db, "CONSULT").filter((result) => result.kind === "event")).toHaveLength(1);
  });

  it("keeps up with new articles and edits", () => {
    ingestArticle(
      db,
      {
        title: "Zabadani report",
        outlet: "Tests",
        published: "2025-09-05",
        body: "Clashes erupted near Zabadani on Wednesday, residents said.",
      },
      { reviewer: "tests" },
    );
    expect(search(db, "zabadani").some((result) => result.kind === "sentence")).toBe(true);
    const consult = search(db, "CONSULT").find((result) => result.kind === "event")!;
    reviewEvent(db, consult.eventId!, { status: "rejected" }, "tests");
    expect(search(db, "CONSULT").filter((result) => result.kind === "event")).toEqual([]);
  });

  it("completes the last word only from two letters on", () => {
    expect(toMatchQuery("s.")).toBe('"s"');
    expect(toMatchQuery("da")).toBe('"da"*');
    expect(toMatchQuery("turkish d")).toBe('"turkish" "d"');
  });

  it("treats search syntax in the query as plain words", () => {
    expect(toMatchQuery('"unbalanced OR (x NEAR yes) *')).toBe('"unbalanced" "OR" "x" "NEAR" "yes"*');
    expect(toMatchQuery("  ")).toBeNull();
    expect(() => search(db, '"unbalanced AND NOT ( * ^')).not.toThrow();
  });
});
