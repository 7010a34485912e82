import { describe, expect, it } from "vitest";
import { monthRange, nextWindow, rangeOfMonths, windowFrom } from "./time-window";

describe("timeline windows", () => {
  it("turns months into whole-day ranges, leap years included", () => {
    expect(monthRange("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(rangeOfMonths("2025-03", "2024-11")).toEqual({ from: "2024-11-01", to: "2025-03-31" });
  });

  it("steps by a week or a month without skipping or overlapping days", () => {
    expect(windowFrom("2025-12-29", "week")).toEqual({ from: "2025-12-29", to: "2026-01-04" });
    expect(windowFrom("2025-01-31", "month")).toEqual({ from: "2025-01-31", to: "2025-02-27" });
    expect(nextWindow({ from: "2025-01-01", to: "2025-01-31" }, "month", "2017-01-01", "2025-12-31")).toEqual({
      from: "2025-02-01",
      to: "2025-02-28",
    });
  });

  it("starts at the first day and stops after the last", () => {
    expect(nextWindow({}, "week", "2017-01-01", "2025-12-31")).toEqual({ from: "2017-01-01", to: "2017-01-07" });
    expect(nextWindow({ from: "2025-12-01", to: "2025-12-31" }, "month", "2017-01-01", "2025-12-31")).toBeNull();
  });
});
