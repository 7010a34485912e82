"use client";

import { useState } from "react";
import type { DraftQueue as DraftQueueAnswer } from "@/db/queries/events";
import { useJson } from "../dashboard/use-json";
import { StatusMessage } from "./status-message";

/**
 * The review queue: drafts under the map's filters, least sure first (GET /api/events/drafts), so
 * a reviewer's attention goes where the extractor doubted most. Asked for only while open.
 */
export function DraftQueue({
  filterQuery,
  selectedEventId,
  onSelect,
}: {
  filterQuery: string;
  selectedEventId?: number;
  onSelect: (id: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const [queue, retry] = useJson<DraftQueueAnswer>(open ? `/api/events/drafts?${filterQuery}` : null);
  let content = null;
  if (queue.status === "loading" && !queue.previous) content = <StatusMessage kind="loading">Reading the drafts…</StatusMessage>;
  else if (queue.status === "error")
    content = (
      <StatusMessage kind="error" action={{ label: "Try again", onClick: retry }}>
        The drafts could not be read: {queue.message}
      </StatusMessage>
    );
  else if (queue.status === "ready" || queue.status === "loading") {
    const { total, drafts } = queue.status === "ready" ? queue.data : queue.previous!;
    content = drafts.length ? (
      <>
        <p className="muted" data-testid="draft-queue-total">
          {drafts.length < total
            ? `The ${drafts.length} least sure of ${total.toLocaleString("en")} drafts`
            : `${total} draft${total === 1 ? "" : "s"}`}
        </p>
        <ol className="event-list" data-testid="draft-queue">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <button
                type="button"
                className={draft.id === selectedEventId ? "selected" : undefined}
                onClick={() => onSelect(draft.id)}
                data-testid={`draft-item-${draft.id}`}
              >
                <strong>{draft.confidence === null ? "—" : `${Math.round(draft.confidence * 100)}%`}</strong> {draft.type} · {draft.date}
                {draft.place && ` · ${draft.place}`}
                {draft.planned && <span className="muted"> (planned)</span>}
              </button>
            </li>
          ))}
        </ol>
      </>
    ) : (
      <StatusMessage kind="empty">No drafts to review under these filters.</StatusMessage>
    );
  }
  return (
    <section className="rail-section" aria-labelledby="draft-queue-heading">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="draft-queue-toggle">
        <summary>
          <h2 id="draft-queue-heading">Review drafts, least sure first</h2>
        </summary>
        {content}
      </details>
    </section>
  );
}
