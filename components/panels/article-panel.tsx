"use client";

import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import type { ArticleDetail } from "@/db/queries/articles";
import { useJson } from "../dashboard/use-json";
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
export function ArticlePanel({ articleId, selectedEventId, onSelectEvent, onSelectRegion }: {
  articleId: number;
  selectedEventId: number | undefined;
  onSelectEvent: (eventId: number) => void;
  onSelectRegion: (regionId: string) => void;
}) {
  const [state, retry] = useJson<ArticleDetail>(`/api/articles/${articleId}`);
  const article = state.status === "ready" ? state.data : null;
  const segments = useMemo(
    () => (article ? segmentText(article.body.length, article.eventSpans, article.regionSpans) : []),
    [article],
  );
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!article || selectedEventId === undefined) return;
    body.current?.querySelector(`[data-event-ids~="${selectedEventId}"]`)?.scrollIntoView({ block: "center" });
  }, [article, selectedEventId]);

  if (state.status === "error") return <StatusMessage kind="error" action={{ label: "Try again", onClick: retry }}>Could not load article {articleId}: {state.message}</StatusMessage>;
  if (!article) return <StatusMessage kind="loading">Loading article…</StatusMessage>;

  return (
    <article className="panel-body" data-testid="article-panel" aria-labelledby="article-title">
      <h2 id="article-title">{article.title}</h2>
      <p className="muted">
        {article.outlet}, {formatPublished(article.published)}
        {article.url && <span className="source-note"> · {article.url}</span>}
      </p>
      <p className="hint">Highlighted sentences are evidence for events (click to show on the map); underlined phrases name a region.</p>
      <div className="article-body" ref={body} data-testid="article-body">
        {segments.map((segment) => {
          const text = article.body.slice(segment.start, segment.end);
          if (segment.eventIds.length) {
            const eventId = segment.eventIds[0];
            return (
              <mark
                key={segment.start}
                {...actsAsButton(() => onSelectEvent(eventId))}
                className={`evidence-span${segment.eventIds.includes(selectedEventId ?? -1) ? " selected" : ""}${segment.regionIds.length ? " region-span" : ""}`}
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
