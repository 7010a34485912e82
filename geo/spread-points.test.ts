import { describe, expect, it } from "vitest";
import { assignSpreadSlots, spreadSlotOffsets } from "./spread-points";

describe("assignSpreadSlots", () => {
  const at = (lon: number, lat: number) => ({ position: [lon, lat] as [number, number] });

  it("leaves lone points in place and spreads coincident ones to distinct slots", () => {
    const items = [at(36.29, 33.51), at(38.5, 35.0), at(38.5, 35.0), at(38.5, 35.0)];
    const slots = assignSpreadSlots(items, (item) => item.position);
    expect(slots[0]).toBe(0);
    expect(new Set(slots.slice(1)).size).toBe(3);
    expect(slots.slice(1).every((slot) => slot > 0)).toBe(true);
  });

  it("gives every one of 48 events at one point its own offset, on screen-distinct positions", () => {
    const items = Array.from({ length: 48 }, () => at(1, 1));
    const slots = assignSpreadSlots(items, (item) => item.position);
    const offsets = spreadSlotOffsets();
    expect(new Set(slots).size).toBe(48);
    const positions = new Set(slots.map((slot) => offsets[slot].join(",")));
    expect(positions.size).toBe(48);
  });
});
