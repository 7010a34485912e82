import { describe, expect, it } from "vitest";
import { ACLED_COLUMNS, csvRows, eventsToCsv, type ExportEvent } from "@/lib/export-events";

const event: ExportEvent = {
  id: 7, type: "AGREE", dateValue: "2025-03", datePrecision: "month", dateStart: "2025-03-01", place: "Damascus", countryCode: "SY", admin1: null,
  lat: 33.5, lon: 36.3, geoPrecision: 1, status: "confirmed", notes: 'Said "yes", then left', actors: [{ name: "Syria", role: "initiator" }, { name: "SDF", role: "target" }],
  quote: "=HYPERLINK(\"http://evil\")", outlet: "Test wire", url: "https://example.org/a",
};

describe("ACLED-style CSV", () => {
  it("quotes cells per RFC 4180 and never lets text become a spreadsheet formula", () => {
    expect(csvRows([['a "b", c', "=1+1", "-5", -5, null, "x\ry"]])).toBe(`"a ""b"", c",'=1+1,'-5,-5,,"x\ry"\r\n`);
  });

  it("writes ACLED's columns plus PLOVER type, quote and source, one row per event", () => {
    const [header, row] = eventsToCsv([event]).trim().split("\r\n");
    expect(header.split(",")).toEqual([...ACLED_COLUMNS]);
    expect(row).toContain("SYR7,2025-03-01,3,Strategic developments,Agree,Syria,,SDF");
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
