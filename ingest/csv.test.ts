import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows } from "@/lib/export-events";
import { parseCsv, unguardCell } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b, c","say ""hi""\nthere"\r\n1,2,3\n')).toEqual([["a", "b, c", 'say "hi"\nthere'], ["1", "2", "3"]]);
  });

  it("reads back any row the exporter writes, formula guard included", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const written = csvRows([cells]);
        const [read = []] = parseCsv(written);
        const expected = cells.every((cell) => cell === "") ? [] : cells;
        return JSON.stringify(read.map(unguardCell)) === JSON.stringify(cells.every((cell) => cell === "") ? [] : expected);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
