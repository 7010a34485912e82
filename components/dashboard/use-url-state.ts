"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { writeEventFilters, type EventFilters } from "@/lib/event-filters";
import type { Comparison } from "@/lib/comparison";
import { parseDashboardState, writeDashboardState, type MapViewState, type Selection } from "./url-state";

/**
 * What a history entry stands for: the filters but the time window, which the timeline's drag and
 * play move step by step (playing a year a week at a time must not leave fifty entries to go Back through).
 */
const historyKey = (filters: EventFilters) => writeEventFilters({ ...filters, from: undefined, to: undefined }).toString();

/**
 * The dashboard's state that lives in the URL (url-state.ts): filters, selection, comparison and map view, read
 * from the link it opened with and written back as they change. A deliberate filter change adds a
 * history entry, so Back undoes it; a map move, a selection or a new time window rewrites the
 * current one. Back and Forward bring an entry's filters and selection back (the map stays put).
 */
export function useUrlState(initialQuery: string) {
  const initial = useMemo(() => parseDashboardState(initialQuery), [initialQuery]);
  const [filters, setFilters] = useState<EventFilters>(initial.state.filters);
  const [selection, setSelection] = useState<Selection>(initial.state.selection);
  const [comparison, setComparison] = useState<Comparison | null>(initial.state.comparison);
  const [problems, setProblems] = useState(initial.problems);
  const view = useRef<MapViewState | null>(initial.state.view);

  const latest = useRef({ filters, selection, comparison });
  useLayoutEffect(() => {
    latest.current = { filters, selection, comparison };
  }, [filters, selection, comparison]);
  const filtersInHistory = useRef(historyKey(initial.state.filters));
  const syncUrl = useCallback(() => {
    // The map reports its last move while the page is being left: never write onto another page's URL.
    if (window.location.pathname !== "/") return;
    const query = writeDashboardState({ ...latest.current, view: view.current });
    const url = query ? `?${query}` : window.location.pathname;
    const filterKey = historyKey(latest.current.filters);
    if (filterKey === filtersInHistory.current) window.history.replaceState(window.history.state, "", url);
    else {
      filtersInHistory.current = filterKey;
      window.history.pushState(null, "", url);
    }
  }, []);
  useEffect(syncUrl, [filters, selection, comparison, syncUrl]);
  useEffect(() => {
    const restore = () => {
      if (window.location.pathname !== "/") return;
      const { state } = parseDashboardState(window.location.search.replace(/^\?/, ""));
      filtersInHistory.current = historyKey(state.filters);
      setFilters(state.filters);
      setSelection(state.selection);
      setComparison(state.comparison);
    };
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, []);

  /** The map moved: its view goes into the current entry. */
  const setView = useCallback(
    (next: MapViewState) => {
      view.current = next;
      syncUrl();
    },
    [syncUrl],
  );

  return {
    initialView: initial.state.view,
    filters,
    setFilters,
    selection,
    setSelection,
    comparison,
    setComparison,
    problems,
    setProblems,
    setView,
  };
}
