import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_DIR } from "@/ingest/seed-database";
import { parseArticleFile } from "./parse-article-file";

describe("parseArticleFile", () => {
  it("reads the seed file's header and keeps the body verbatim, offsets intact", () => {
    const { header, body } = parseArticleFile(
      readFileSync(path.join(SEED_DIR, "turkiyetoday-2025-10-17-defense-talks-damascus.txt"), "utf8"),
    );
    expect(header).toMatchObject({ outlet: "Türkiye Today", published: "2025-10-17" });
    expect(header.url).toMatch(/^https:\/\/www\.turkiyetoday\.com\//);
    expect(body.slice(101, 109)).toBe("Damascus");
    expect(body.startsWith("A delegation")).toBe(true);
  });

  it("treats a file without a header as all body", () => {
    const text = "Ankara said on Monday: talks will go on.\n\nSecond paragraph.";
    expect(parseArticleFile(text)).toEqual({ header: {}, body: text });
  });

  it("does not take a body paragraph that looks like a header for one", () => {
    const text = "note: this is prose\n\nmore prose";
    expect(parseArticleFile(text).body).toBe(text);
  });

  it("handles Windows line endings", () => {
    expect(parseArticleFile("title: T\r\noutlet: O\r\n\r\nBody")).toEqual({ header: { title: "T", outlet: "O" }, body: "Body" });
  });
});
