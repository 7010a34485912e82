import { describe, expect, it } from "vitest";
import { dateRange, PLOVER_TYPES, precisionOfDate, quadClassOf } from "@/lib/vocabulary";

describe("dates with precision", () => {
  it("spans a month or a year from its first to its last day, leap years included", () => {
    expect(dateRange("2024-12")).toEqual({ start: "2024-12-01", end: "2024-12-31" });
    expect(dateRange("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(dateRange("2025-02")).toEqual({ start: "2025-02-01", end: "2025-02-28" });
    expect(dateRange("2024")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(dateRange("2025-10-17")).toEqual({ start: "2025-10-17", end: "2025-10-17" });
  });

  it("rejects what is not a real date", () => {
    for (const bad of ["2025-02-30", "2025-13", "25-10-17", "2025/10/17", ""]) expect(precisionOfDate(bad), bad).toBeUndefined();
    expect(() => dateRange("2025-02-30")).toThrow(RangeError);
  });
});

describe("quad classes", () => {
  it("classes every PLOVER type, cooperation apart from conflict", () => {
    for (const type of PLOVER_TYPES) expect(quadClassOf(type)).toBeTruthy();
    expect(quadClassOf("CONSULT")).toBe("verbal-cooperation");
    expect(quadClassOf("AID")).toBe("material-cooperation");
    expect(quadClassOf("THREATEN")).toBe("verbal-conflict");
    expect(quadClassOf("ASSAULT")).toBe("material-conflict");
  });
});
