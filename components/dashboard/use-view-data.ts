"use client";

import { useMemo, useState } from "react";
import { writeEventFilters, type EventFilters } from "@/lib/event-filters";
import type { ActorWithCount } from "@/db/queries/actors";
import type { EventView } from "@/db/queries/event-view";
import type { MapExtent } from "../map/map-view";
import { buildRegionLayers, regionsOnDay, type PlacedRegion, type RegionsAt } from "../map/region-layers";
import { useJson } from "./use-json";

const NO_FEATURES = { type: "FeatureCollection" as const, features: [] };
const EMPTY_VIEW: EventView = { total: 0, events: NO_FEATURES, clusters: NO_FEATURES };

/**
 * What the map and the event list draw under the filters: the events of the map's extent (or
 * counted clusters when too many; never the whole database) and the regions as they stood at the
 * time window's end, built into map layers by region-layers.ts.
 */
export function useViewData(filters: EventFilters, currentRegions: PlacedRegion[], actors: ActorWithCount[]) {
  const [extent, setExtent] = useState<MapExtent | null>(null);
  const viewUrl = extent && `/api/events/view?${writeEventFilters({ ...filters, bbox: extent.bbox })}&zoom=${extent.zoom}`;
  const [viewState, retryEvents] = useJson<EventView>(viewUrl);
  // Keep the last answer on the map while the next one loads, so markers do not blink.
  const shown = viewState.status === "ready" ? viewState.data : (viewState.status === "loading" && viewState.previous) || EMPTY_VIEW;

  const [regionsAtState] = useJson<RegionsAt>(filters.to ? `/api/regions?at=${filters.to}` : null);
  const regionsAt =
    regionsAtState.status === "ready" ? regionsAtState.data : regionsAtState.status === "loading" ? regionsAtState.previous : undefined;
  const regions = useMemo(
    () => (filters.to ? regionsOnDay(currentRegions, regionsAt) : currentRegions),
    [filters.to, regionsAt, currentRegions],
  );
  const regionNames = useMemo(
    () => Object.fromEntries(regions.map(({ feature }) => [feature.properties.id, feature.properties.name])),
    [regions],
  );
  const actorColour = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.colour])), [actors]);
  const regionLayers = useMemo(() => buildRegionLayers(regions, filters, actorColour), [regions, filters, actorColour]);

  return { extent, setExtent, viewState, shown, retryEvents, regionNames, regionLayers };
}
