"use client";

import { useState } from "react";
import { useMapPick } from "../dashboard/map-pick";
import { useJson } from "../dashboard/use-json";

export interface PlaceChoice {
  id: string;
  name: string;
  countryCode: string;
  precision: string;
}

/** Search the shipped gazetteer by name, or click the map, and pick a place. */
export function PlacePicker({ value, onChange }: { value: PlaceChoice | null; onChange: (place: PlaceChoice) => void }) {
  const [query, setQuery] = useState("");
  const [results] = useJson<PlaceChoice[]>(query.trim().length >= 2 ? `/api/places?q=${encodeURIComponent(query.trim())}` : null);
  const requestMapPick = useMapPick();
  const [pickState, setPickState] = useState<"idle" | "waiting" | string>("idle");
  const pickOnMap = () => {
    if (!requestMapPick) return;
    setPickState("waiting");
    requestMapPick(async ([lon, lat]) => {
      const response = await fetch(`/api/places/nearest?lon=${lon}&lat=${lat}`);
      const body = await response.json().catch(() => null);
      if (!response.ok) return setPickState(body?.error ?? "no place found there");
      setPickState("idle");
      onChange(body as PlaceChoice);
    });
  };
  return (
    <div className="place-picker">
      {requestMapPick && (
        <button type="button" className="link" onClick={pickOnMap} data-testid="pick-on-map">
          {pickState === "waiting" ? "Click the map…" : "Pick on the map"}
        </button>
      )}
      {pickState !== "idle" && pickState !== "waiting" && (
        <span className="status-error" role="alert">
          {pickState}
        </span>
      )}
      <input
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={value ? `${value.name} (${value.countryCode})` : "Search a place…"}
        aria-label="Search a place"
        data-testid="place-search"
      />
      {results.status === "ready" && query.trim().length >= 2 && (
        <ul className="place-results" role="listbox" aria-label="Places">
          {results.data.length ? (
            results.data.map((place) => (
              <li key={place.id}>
                <button
                  type="button"
                  role="option"
                  aria-selected={value?.id === place.id}
                  onClick={() => {
                    onChange(place);
                    setQuery("");
                  }}
                >
                  {place.name}{" "}
                  <span className="muted">
                    {place.countryCode} · {place.precision}
                  </span>
                </button>
              </li>
            ))
          ) : (
            <li className="muted">No place by that name in the gazetteer.</li>
          )}
        </ul>
      )}
    </div>
  );
}
