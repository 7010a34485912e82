"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ActorWithCount } from "@/db/queries/actors";
import type { ArticleDetail } from "@/db/queries/articles";
import { sendJson } from "../dashboard/api-client";
import { useCiteSentence } from "../dashboard/drawing-session";
import { useCanWrite } from "../dashboard/session";
import { useJson } from "../dashboard/use-json";
import { EventForm } from "./event-form";
import { formatPublished } from "./format";
import { segmentText } from "./segment-text";
import { StatusMessage } from "./status-message";

/** Makes a text span act as a button for mouse and keyboard (Enter or Space). */
function actsAsButton(action: () => void) {
  return {
    role: "button",
    tabIndex: 0,
    onClick: action,
    onKeyDown: (keyEvent: KeyboardEvent) => {
      if (keyEvent.key !== "Enter" && keyEvent.key !== " ") return;
      keyEvent.preventDefault();
      action();
    },
  };
}

/**
 * The stored article, verbatim, with every evidence span highlighted. Text is rendered as
 * React text nodes only — never as HTML — so markup in an article stays visible text.
 */
/** Where the current text selection lies in the article body, if wholly inside it. */
function selectionInBody(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

export function ArticlePanel({
  articleId,
  selectedEventId,
  focusSpan,
  actors,
  onSelectEvent,
  onSelectRegion,
  onEventAdded,
}: {
  articleId: number;
  selectedEventId: number | undefined;
  /** A sentence to show and mark, from a search result. */
  focusSpan?: { start: number; end: number };
  actors: ActorWithCount[];
  onSelectEvent: (eventId: number) => void;
  onSelectRegion: (regionId: string) => void;
  onEventAdded: (eventId: number) => void;
}) {
  const [state, retry] = useJson<ArticleDetail>(`/api/articles/${articleId}`);
  // A span the analyst selected, to add as an event's evidence.
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  const [adding, setAdding] = useState(false);
  const canWrite = useCanWrite();
  const citeSentence = useCiteSentence();
  const article = state.status === "ready" ? state.data : null;
  const segments = useMemo(
    () => (article ? segmentText(article.body.length, article.eventSpans, article.regionSpans, focusSpan) : []),
    [article, focusSpan],
  );
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!article) return;
    const target = focusSpan
      ? body.current?.querySelector(".search-hit")
      : selectedEventId !== undefined
        ? body.current?.querySelector(`[data-event-ids~="${selectedEventId}"]`)
        : null;
    target?.scrollIntoView({ block: "center" });
  }, [article, selectedEventId, focusSpan]);

  if (state.status === "error")
    return (
      <StatusMessage kind="error" action={{ label: "Try again", onClick: retry }}>
        Could not load article {articleId}: {state.message}
      </StatusMessage>
    );
  if (!article) return <StatusMessage kind="loading">Loading article…</StatusMessage>;

  return (
    <article className="panel-body" data-testid="article-panel" aria-labelledby="article-title">
      <h2 id="article-title">{article.title}</h2>
      <p className="muted">
        {article.outlet}, {formatPublished(article.published)}
        {article.url && <span className="source-note"> · {article.url}</span>}
      </p>
      <p className="hint">
        Highlighted sentences are evidence for events (click to show on the map; dashed: draft); underlined phrases name a region. Select
        text to add an event.
      </p>
      {canWrite && selected && !adding && (
        <div className="selection-bar" data-testid="selection-bar">
          <span>
            “{article.body.slice(selected.start, selected.end).slice(0, 80)}
            {selected.end - selected.start > 80 ? "…" : ""}”
          </span>
          <button type="button" onClick={() => setAdding(true)} data-testid="add-event-from-selection">
            Add event from selection
          </button>
          {citeSentence && (
            <button
              type="button"
              onClick={() => {
                citeSentence({ articleId, ...selected, quote: article.body.slice(selected.start, selected.end) });
                setSelected(null);
              }}
              data-testid="cite-for-drawing"
            >
              Cite for the drawing
            </button>
          )}
        </div>
      )}
      {selected && adding && (
        <EventForm
          actors={actors}
          submitLabel="Add event"
          initial={{ type: "OTHER", date: article.published ?? "", place: null, geoPrecision: 1, actors: [] }}
          onCancel={() => {
            setAdding(false);
            setSelected(null);
          }}
          onSubmit={async (values) => {
            const { data } = await sendJson<{ id: number }>("POST", "/api/events", {
              articleId,
              ...selected,
              type: values.type,
              date: values.date,
              place: values.place.id,
              geoPrecision: values.geoPrecision,
              actors: values.actors,
            });
            setAdding(false);
            setSelected(null);
            retry();
            onEventAdded(data.id);
          }}
        />
      )}
      {article.waiting.length > 0 && (
        <section className="waiting-for-date" data-testid="waiting-for-date" aria-labelledby="waiting-title">
          <h3 id="waiting-title">Waiting for a date</h3>
          <p className="hint">
            The article gives no publication day, so these are not drafted yet: each is, with its date, when another outlet&apos;s report of
            it is stored. Select its sentence to add it yourself.
          </p>
          <ul>
            {article.waiting.map((item) => (
              <li key={item.id} data-testid="waiting-happening">
                {item.type} · {item.place} · “{item.when}”: <q>{item.sentence}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div
        className="article-body"
        ref={body}
        data-testid="article-body"
        onMouseUp={() => body.current && !adding && setSelected(selectionInBody(body.current))}
        onKeyUp={() => body.current && !adding && setSelected(selectionInBody(body.current))}
      >
        {segments.map((segment) => {
          const text = article.body.slice(segment.start, segment.end);
          if (segment.focus && !segment.eventIds.length) {
            return (
              <mark key={segment.start} className="search-hit" data-testid="search-hit">
                {text}
              </mark>
            );
          }
          if (segment.eventIds.length) {
            const eventId = segment.eventIds[0];
            return (
              <mark
                key={segment.start}
                {...actsAsButton(() => onSelectEvent(eventId))}
                className={`evidence-span${segment.eventIds.includes(selectedEventId ?? -1) ? " selected" : ""}${segment.regionIds.length ? " region-span" : ""}${segment.draft ? " draft" : ""}${segment.focus ? " search-hit" : ""}`}
                data-event-ids={segment.eventIds.join(" ")}
                data-testid="evidence-highlight"
                title={`Evidence for event ${segment.eventIds.join(", ")}`}
              >
                {text}
              </mark>
            );
          }
          if (segment.regionIds.length) {
            const regionId = segment.regionIds[0];
            return (
              <span
                key={segment.start}
                {...actsAsButton(() => onSelectRegion(regionId))}
                className="region-span"
                data-region-id={regionId}
                title={`Mentions region ${regionId}`}
              >
                {text}
              </span>
            );
          }
          return <span key={segment.start}>{text}</span>;
        })}
      </div>
    </article>
  );
}
