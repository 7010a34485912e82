import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text";

describe("segmentText", () => {
  it("cuts at every boundary so nested and overlapping spans keep their own ids", () => {
    const segments = segmentText(20, [{ eventId: 1, start: 2, end: 12 }], [{ regionId: "r", start: 8, end: 15 }]);
    expect(segments.map(({ start, end, eventIds, regionIds }) => [start, end, eventIds, regionIds])).toEqual([
      [0, 2, [], []],
      [2, 8, [1], []],
      [8, 12, [1], ["r"]],
      [12, 15, [], ["r"]],
      [15, 20, [], []],
    ]);
  });

  it("covers the whole text exactly once, even with spans past its end", () => {
    const segments = segmentText(10, [{ eventId: 1, start: 5, end: 40 }], []);
    expect(segments[0].start).toBe(0);
    expect(segments.at(-1)!.end).toBe(10);
    segments.slice(1).forEach((segment, index) => expect(segment.start).toBe(segments[index].end));
  });
});
