"use client";

import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from "react";
import { writeEventFilters, type EventFilters } from "@/lib/event-filters";
import type { EventView } from "@/db/queries/event-view";
import type { SearchResult } from "@/db/queries/search";
import type { RegionId } from "@/geo/types";
import type { FocusRequest } from "../map/map-view";
import { onlyActor, type Selection } from "./url-state";

/**
 * Where an event stands and the marker that shows it (its incident's lead, for a report folded
 * under another's marker), if the filters show it; null when they hide it, or it is gone.
 */
async function findEventUnderFilters(id: number, filters: EventFilters): Promise<{ lon: number; lat: number; shownAs: number } | null> {
  const response = await fetch(`/api/events/${id}?${writeEventFilters(filters)}`);
  if (!response.ok) return null;
  const { lon, lat, matchesFilters, shownAs } = (await response.json()) as {
    lon: number;
    lat: number;
    matchesFilters: boolean;
    shownAs: number;
  };
  return matchesFilters ? { lon, lat, shownAs } : null;
}

interface SelectionInputs {
  events: EventView["events"];
  filters: EventFilters;
  setFilters: Dispatch<SetStateAction<EventFilters>>;
  setSelection: Dispatch<SetStateAction<Selection>>;
}

/**
 * Choosing what the side panel shows, from the map, the event list, an article or a search result,
 * and where the map flies to: an event outside the view is looked up under the filters, and one
 * they hide raises `hiddenNotice` instead of a flight. Escape clears the selection.
 */
export function useSelection({ events, filters, setFilters, setSelection }: SelectionInputs) {
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [hiddenNotice, setHiddenNotice] = useState(false);
  // The sentence a search result opened, marked in the article until the selection changes.
  const [focusSpan, setFocusSpan] = useState<{ articleId: number; start: number; end: number } | null>(null);
  // The marker standing for a selected report folded into an incident: the incident's lead.
  const [shownAs, setShownAs] = useState<{ event: number; marker: number } | null>(null);

  const flyToEvent = useCallback(
    (id: number) => {
      const feature = events.features.find((candidate) => candidate.properties.id === id);
      if (feature) {
        setHiddenNotice(false);
        const [lon, lat] = feature.geometry.coordinates;
        return setFocus({ lon, lat, nonce: Date.now() });
      }
      void findEventUnderFilters(id, filters).then((point) => {
        setHiddenNotice(!point);
        if (!point) return;
        setShownAs({ event: id, marker: point.shownAs });
        setFocus({ lon: point.lon, lat: point.lat, nonce: Date.now() });
      });
    },
    [events, filters],
  );

  const selectEventFromMap = useCallback((id: number) => setSelection({ event: id }), [setSelection]);
  const selectEventFromList = useCallback(
    (id: number) => {
      setSelection({ event: id });
      flyToEvent(id);
    },
    [flyToEvent, setSelection],
  );
  const selectEventInArticle = useCallback(
    (id: number) => {
      setSelection((current) => ({ ...current, event: id, region: undefined }));
      flyToEvent(id);
    },
    [flyToEvent, setSelection],
  );
  const openSearchResult = useCallback(
    (result: SearchResult) => {
      if (result.kind === "event" && result.eventId) selectEventFromList(result.eventId);
      else if (result.kind === "sentence" && result.articleId) {
        setFocusSpan({ articleId: result.articleId, start: result.start!, end: result.end! });
        setSelection({ article: result.articleId });
      } else if (result.kind === "actor" && result.actorId) setFilters((current) => onlyActor(current, result.actorId!));
      else if (result.kind === "place" && result.lon !== undefined && result.lat !== undefined)
        setFocus({ lon: result.lon, lat: result.lat, nonce: Date.now() });
    },
    [selectEventFromList, setFilters, setSelection],
  );
  const selectRegion = useCallback((id: string) => setSelection({ region: id as RegionId }), [setSelection]);

  useEffect(() => {
    const onKey = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key === "Escape") setSelection({});
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [setSelection]);

  return {
    focus,
    focusSpan,
    /** The marker to mark as selected for the selected event. */
    markerOf: (eventId: number | undefined) => (eventId !== undefined && shownAs?.event === eventId ? shownAs.marker : eventId),
    hiddenNotice,
    dismissHiddenNotice: () => setHiddenNotice(false),
    selectEventFromMap,
    selectEventFromList,
    selectEventInArticle,
    openSearchResult,
    selectRegion,
  };
}
