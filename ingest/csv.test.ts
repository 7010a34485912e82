import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows } from "@/lib/export-events";
import { unguardCell } from "./csv";
import { CSV_READ_OPTIONS } from "./import-acled";

/** The importer's reading of CSV text (ingest/import-acled.ts), synchronously. */
const read = (text: string): string[][] => parse(text, CSV_READ_OPTIONS);

describe("CSV as the importer reads it", () => {
  it("reads quoted fields with commas, quotes and line breaks", () => {
    expect(read('\uFEFFa,"b, c","say ""hi""\nthere"\r\n1,2,3\n')).toEqual([
      ["a", "b, c", 'say "hi"\nthere'],
      ["1", "2", "3"],
    ]);
  });

  it("reads back any row the exporter writes, formula guard included", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const [row = []] = read(csvRows([cells]));
        const expected = cells.length === 1 && cells[0] === "" ? [] : cells;
        expect(row.map(unguardCell)).toEqual(expected);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
