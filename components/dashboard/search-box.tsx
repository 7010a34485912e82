"use client";

import { useState, type KeyboardEvent } from "react";
import type { SearchResult } from "@/db/queries/search";
import { useJson } from "./use-json";

const KIND_LABELS: Record<SearchResult["kind"], string> = { sentence: "Sentence", event: "Event", place: "Place", actor: "Actor" };

/** The snippet's [[hit]] markers as <mark>: text nodes only, never HTML. */
function Snippet({ text }: { text: string }) {
  return (
    <>{text.split(/(\[\[.*?\]\])/).map((part, index) => (part.startsWith("[[") ? <mark key={index}>{part.slice(2, -2)}</mark> : part))}</>
  );
}

/** Search across article sentences, events, places and actors; arrows move, Enter opens, Escape closes. */
export function SearchBox({ onOpen }: { onOpen: (result: SearchResult) => void }) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const trimmed = query.trim();
  const [state] = useJson<SearchResult[]>(trimmed.length >= 2 ? `/api/search?q=${encodeURIComponent(trimmed)}` : null);
  const results = state.status === "ready" ? state.data : [];
  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    setOpen(false);
    onOpen(result);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, results.length - 1));
    else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
    else if (event.key === "Enter") choose(results[active]);
    else if (event.key === "Escape") setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className="search-box" role="search">
      <input
        type="search"
        value={query}
        placeholder="Search articles, events, places, actors…"
        aria-label="Search"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls="search-results"
        aria-activedescendant={open && results[active] ? `search-result-${active}` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      {open && trimmed.length >= 2 && state.status !== "idle" && (
        <ul id="search-results" className="search-results" role="listbox" data-testid="search-results">
          {state.status === "error" && <li className="status-error">Search failed: {state.message}</li>}
          {state.status === "ready" && !results.length && <li className="muted">Nothing matches “{trimmed}”.</li>}
          {results.map((result, index) => (
            <li
              key={`${result.kind}-${index}`}
              id={`search-result-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(result)}
              onMouseEnter={() => setActive(index)}
            >
              <span className="search-kind">{KIND_LABELS[result.kind]}</span> <strong>{result.label}</strong>
              <div className="search-snippet">
                <Snippet text={result.snippet} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
