import { describe, expect, it } from "vitest";
import { isRegionVisible, NO_FILTERS } from "@/lib/event-filters";
import { onlyActor, parseDashboardState, toggleActor, writeDashboardState, type DashboardState } from "./url-state";

describe("dashboard URL state", () => {
  it("round-trips filters, selection, comparison and view exactly", () => {
    const state: DashboardState = {
      filters: {
        actors: ["SYR"],
        excludedActors: ["TUR", "ISR"],
        types: ["AGREE"],
        from: "2025-01-01",
        to: "2025-12-31",
        region: "sdf-northeast",
        borderKm: 30,
      },
      selection: { event: 4, article: 1 },
      comparison: { from: "2024-11-27", to: "2025-03-01" },
      view: { zoom: 6.5, lat: 35.25, lon: 38.125 },
    };
    const query = writeDashboardState(state);
    const parsed = parseDashboardState(query);
    expect(parsed.problems).toEqual([]);
    expect(parsed.state).toEqual({ ...state, filters: { ...state.filters, excludedActors: ["ISR", "TUR"] } });
    expect(writeDashboardState(parsed.state)).toBe(query);
  });

  it("ignores what it does not understand and says what", () => {
    const parsed = parseDashboardState("exclude=bad!&event=x&view=99/1/1&region-panel=Mars!&compare=2025-03-01,2024-11-27");
    expect(parsed.state.filters).toEqual(NO_FILTERS);
    expect(parsed.state.selection).toEqual({});
    expect(parsed.state.view).toBeNull();
    expect(parsed.state.comparison).toBeNull();
    expect(parsed.problems).toHaveLength(5);
    expect(parsed.problems).toContain('invalid parameter "compare": 2025-03-01 must be before 2024-11-27');
  });

  it("toggles an actor off and on, focuses one actor, and hides only regions of filtered-out holders", () => {
    const off = toggleActor(NO_FILTERS, "SDF");
    expect(off.excludedActors).toEqual(["SDF"]);
    expect(toggleActor(off, "SDF").excludedActors).toEqual([]);
    expect(isRegionVisible(off, "SDF")).toBe(false);
    expect(isRegionVisible(off, null)).toBe(true);
    const only = onlyActor(off, "TUR");
    expect(only).toMatchObject({ actors: ["TUR"], excludedActors: [] });
    expect(isRegionVisible(only, "SDF")).toBe(false);
    expect(isRegionVisible(onlyActor(NO_FILTERS, "SDF"), "SDF")).toBe(true);
  });
});
