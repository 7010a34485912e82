import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACLED_SUB_EVENT_TYPES, acledDateOf, acledDay, acledSubEventType, ploverOfEventType } from "./acled";

describe("ACLED's codes", () => {
  it("reads both date styles and refuses days that do not exist", () => {
    expect(acledDay("2025-03-09")).toBe("2025-03-09");
    expect(acledDay("09 March 2025")).toBe("2025-03-09");
    expect(acledDay("9 Mar 2025")).toBe("2025-03-09");
    expect(acledDay("31 February 2025")).toBeNull();
    expect(acledDay("2025-02-30")).toBeNull();
    expect(acledDay("March 2025")).toBeNull();
  });

  it("reads time_precision as the day, the week around it, or its month", () => {
    expect(acledDateOf("2025-03-01", 1)).toEqual({ date: "2025-03-01" });
    expect(acledDateOf("2025-03-01", 2)).toEqual({ date: "2025-03-01", week: { start: "2025-02-26", end: "2025-03-04" } });
    expect(acledDateOf("2025-03-01", 3)).toEqual({ date: "2025-03" });
  });

  it("knows the codebook's 25 sub-event types, either spelling, and the docs table lists each", () => {
    expect(ACLED_SUB_EVENT_TYPES).toHaveLength(25);
    expect(acledSubEventType("excessive force against protestors")?.plover).toBe("COERCE");
    expect(acledSubEventType(" Air/drone  strike ")?.plover).toBe("ASSAULT");
    expect(acledSubEventType("Military parade")).toBeUndefined();
    // A word every object answers for is no type: "constructor" in a file is unknown, not a function.
    expect(acledSubEventType("constructor")).toBeUndefined();
    expect(ploverOfEventType("Battles")).toBe("ASSAULT");
    expect(ploverOfEventType("constructor")).toBeUndefined();
    const docs = readFileSync(path.join(process.cwd(), "docs", "acled.md"), "utf8");
    for (const { eventType, subEventType, plover } of ACLED_SUB_EVENT_TYPES)
      expect(docs).toContain(`| ${eventType} | ${subEventType} | ${plover} |`);
  });
});
