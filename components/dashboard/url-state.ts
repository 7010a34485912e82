/**
 * The dashboard's state lives in the URL, so a reload or a shared link restores exactly
 * what the analyst saw: filters (db/event-filters.ts), what is selected, the two dates whose front
 * lines are compared (lib/comparison.ts), and the map view.
 */
import { NO_FILTERS, parseEventFilters, writeEventFilters, type EventFilters } from "@/lib/event-filters";
import type { RegionId } from "@/geo/types";
import { isRegionId } from "@/lib/region-id";
import { parseComparison, writeComparison, type Comparison } from "@/lib/comparison";

export interface MapViewState {
  zoom: number;
  lat: number;
  lon: number;
}

export interface Selection {
  event?: number;
  region?: RegionId;
  /** The article panel is open on this article (with `event`'s evidence emphasised). */
  article?: number;
}

export interface DashboardState {
  filters: EventFilters;
  selection: Selection;
  comparison: Comparison | null;
  view: MapViewState | null;
}

export interface ParsedDashboardState {
  state: DashboardState;
  /** What in the URL was not understood and so ignored, for a notice. */
  problems: string[];
}

const positiveInteger = (value: string | null) => (value && /^\d{1,15}$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

function parseView(value: string | null): MapViewState | null | undefined {
  if (value === null) return null;
  const [zoom, lat, lon] = value.split("/").map(Number);
  const valid = [zoom, lat, lon].every(Number.isFinite) && zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180;
  return valid ? { zoom, lat, lon } : undefined;
}

export function parseDashboardState(query: string): ParsedDashboardState {
  const params = new URLSearchParams(query);
  const problems: string[] = [];
  const parsedFilters = parseEventFilters(params);
  if (!parsedFilters.ok) problems.push(parsedFilters.error);
  const selection: Selection = {};
  for (const key of ["event", "article"] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const id = positiveInteger(raw);
    if (id) selection[key] = id;
    else problems.push(`invalid parameter "${key}": expected a positive integer`);
  }
  const region = params.get("region-panel");
  if (region !== null) {
    if (isRegionId(region)) selection.region = region;
    else problems.push('invalid parameter "region-panel": expected a region id such as sdf-northeast');
  }
  const view = parseView(params.get("view"));
  if (view === undefined) problems.push('invalid parameter "view": expected zoom/lat/lon');
  const compare = params.get("compare");
  const comparison = compare === null ? null : parseComparison(compare);
  if (comparison && !comparison.ok) problems.push(comparison.error);
  return {
    state: {
      filters: parsedFilters.ok ? parsedFilters.filters : NO_FILTERS,
      selection,
      comparison: comparison?.ok ? comparison.comparison : null,
      view: view ?? null,
    },
    problems,
  };
}

export function writeDashboardState(state: DashboardState): string {
  const params = writeEventFilters(state.filters);
  if (state.selection.event) params.set("event", String(state.selection.event));
  if (state.selection.region) params.set("region-panel", state.selection.region);
  if (state.selection.article) params.set("article", String(state.selection.article));
  if (state.comparison) params.set("compare", writeComparison(state.comparison));
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    params.set("view", `${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  return params.toString();
}

/** Switching an actor off hides every event it takes part in (and the regions it holds). */
export function toggleActor(filters: EventFilters, actorId: string): EventFilters {
  const excluded = filters.excludedActors.includes(actorId);
  return {
    ...filters,
    excludedActors: excluded ? filters.excludedActors.filter((id) => id !== actorId) : [...filters.excludedActors, actorId],
  };
}

/** "Only this actor": the events it takes part in, whoever else is involved. */
export function onlyActor(filters: EventFilters, actorId: string): EventFilters {
  return { ...filters, actors: [actorId], excludedActors: [] };
}
