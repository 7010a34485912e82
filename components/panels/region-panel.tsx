"use client";

import type { RegionDetail } from "@/db/queries/regions";
import { useJson } from "../dashboard/use-json";
import { formatPublished } from "./format";
import { REGION_STATUS_LABELS } from "@/geo/types";
import { StatusMessage } from "./status-message";

const formatKm2 = (km2: number) => `${km2.toLocaleString("en", { maximumFractionDigits: 1 })} km²`;

function validity(from: string | null, to: string | null): string {
  if (!from && !to) return "not time-bound";
  return `${from ?? "…"} – ${to ?? "present"}`;
}

/** A region: how it was drawn, from what, how sure we are, and who writes about it. */
export function RegionPanel({
  regionId,
  at,
  onOpenMention,
  onRedraw,
}: {
  regionId: string;
  at: string | undefined;
  onOpenMention: (articleId: number) => void;
  onRedraw?: (regionId: string, version: number) => void;
}) {
  const [state, retry] = useJson<RegionDetail>(`/api/regions/${encodeURIComponent(regionId)}${at ? `?at=${at}` : ""}`);
  if (state.status === "error")
    return (
      <StatusMessage kind="error" action={{ label: "Try again", onClick: retry }}>
        Could not load region: {state.message}
      </StatusMessage>
    );
  if (state.status !== "ready") return <StatusMessage kind="loading">Loading region…</StatusMessage>;
  const region = state.data;
  return (
    <article className="panel-body" data-testid="region-panel" aria-labelledby="region-title">
      <h2 id="region-title">{region.name}</h2>
      <p className={`badge badge-${region.status}`} data-testid="region-status">
        {REGION_STATUS_LABELS[region.status]}
      </p>
      {onRedraw &&
        (region.validTo === null ? (
          <button type="button" className="outline-button" onClick={() => onRedraw(region.id, region.version)} data-testid="redraw-region">
            Redraw as a new version
          </button>
        ) : (
          <p className="hint">Only the current version can be redrawn: clear the date range’s end to see it.</p>
        ))}
      <dl className="facts">
        <dt>Held by</dt>
        <dd data-testid="region-holder">{region.controllingActorName ?? "— (a zone, not a holding)"}</dd>
        <dt>Valid</dt>
        <dd data-testid="region-validity">
          {validity(region.validFrom, region.validTo)} (version {region.version}
          {at ? `, as on ${at}` : ""})
        </dd>
      </dl>
      <h3>Basis</h3>
      <p data-testid="region-basis">{region.basis}</p>
      <h3>Sources</h3>
      <ul className="sources">
        {region.sources.map((source) => (
          <li key={source.title}>
            {source.publisher}: {source.title}
            {source.licence && <span className="muted"> ({source.licence})</span>}
            {source.url && <div className="source-note">{source.url}</div>}
          </li>
        ))}
      </ul>
      <h3>History</h3>
      <ol className="region-history" data-testid="region-history">
        {region.history.map((version) => (
          <li key={version.version} aria-current={version.version === region.version ? "true" : undefined}>
            <strong>Version {version.version}</strong>: {validity(version.validFrom, version.validTo)} ·{" "}
            {REGION_STATUS_LABELS[version.status]}
            {version.recordedBy && <span className="muted"> · by {version.recordedBy}</span>}
            {version.version === region.version && <span className="muted"> (on the map)</span>}
            {version.change && (
              <div data-testid="region-change">
                Since version {version.version - 1}: {formatKm2(version.change.gainedKm2)} gained, {formatKm2(version.change.lostKm2)} lost
              </div>
            )}
            <div className="muted">{version.basis}</div>
            <div className="muted">Sources: {version.sources.map((source) => `${source.publisher}: ${source.title}`).join("; ")}</div>
          </li>
        ))}
      </ol>
      <h3>In the articles</h3>
      {region.mentions.length ? (
        <ul className="mentions">
          {region.mentions.map((mention) => (
            <li key={`${mention.articleId}-${mention.start}`}>
              <button type="button" className="link" onClick={() => onOpenMention(mention.articleId)} data-testid="region-mention">
                “{mention.quote}”
              </button>
              <div className="muted">
                {mention.outlet}, {formatPublished(mention.published)}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <StatusMessage kind="empty">No stored article mentions this region yet.</StatusMessage>
      )}
    </article>
  );
}
