"use client";

import { useMemo, useState, type FormEvent } from "react";
import type { ActorWithCount } from "@/db/queries/actors";
import { areaKm2, composeDrawnArea } from "@/geo/drawn-area";
import { REGION_KINDS, REGION_STATUS_LABELS, REGION_STATUSES, type RegionKind, type RegionStatus } from "@/geo/types";
import { sendJson } from "../dashboard/api-client";
import type { DrawingSession } from "../dashboard/drawing-session";
import type { DrawTool } from "../map/use-region-drawing";
import { FormFooter } from "./form-footer";

const TOOLS: { tool: DrawTool; label: string; hint: string }[] = [
  {
    tool: "edit",
    label: "Edit",
    hint: "Drag a vertex or a part; drag an edge's midpoint to add a vertex; click a part, then Delete to remove it.",
  },
  { tool: "add", label: "Add part", hint: "Click the map for each vertex; click the first one again (or double-click) to close the part." },
  { tool: "cut", label: "Cut part", hint: "Draw ground to take out of the region, as for a part." },
];

/** "… crosses itself near 38.7548, 35.8881" or "Self-intersection at 38.7548, 35.8881": where to mark the problem. */
function problemPoint(message: string): [number, number] | null {
  const match = /(?:near|at) (-?\d+(?:\.\d+)?), (-?\d+(?:\.\d+)?)/.exec(message);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The drawing board's form, over the map: the tools, what the drawing measures, and what a version
 * must say (from when, how sure, how it was drawn, from what). Saving sends the composed area; the
 * server's checks answer, and a problem with a place is marked on the map.
 */
export function DrawRegionPanel({
  session,
  actors,
  onSaved,
}: {
  session: DrawingSession;
  actors: ActorWithCount[];
  onSaved: (regionId: string, version: number) => void;
}) {
  const { target, parts, tool, setTool, sentences, uncite, stop, setProblemAt } = session;
  const [newRegion, setNewRegion] = useState({ id: "", name: "", kind: "control-area" as RegionKind, controllingActor: "" });
  const [validFrom, setValidFrom] = useState(today());
  const [status, setStatus] = useState<RegionStatus>("assessed");
  const [basis, setBasis] = useState("");
  const [citation, setCitation] = useState({ title: "", publisher: "", url: "" });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const area = useMemo(() => composeDrawnArea(parts), [parts]);
  if (!target) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!area) return setError("Draw at least one part: the region has no ground yet.");
    const cited = citation.title.trim() || citation.url.trim();
    if (!cited && !sentences.length) return setError("Give a source: a citation, or a sentence selected in an article.");
    setSaving(true);
    setError(null);
    const url = citation.url.trim();
    // Unnamed, the publisher is the site the URL is on ("example.org"), as a reader would name it.
    const publisher = citation.publisher.trim() || (URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, "") : "not named");
    const sources = [
      ...(cited ? [{ title: citation.title.trim() || url, publisher, ...(url ? { url } : {}) }] : []),
      ...sentences.map(({ articleId, start, end }) => ({ articleId, start, end })),
    ];
    const version = { geometry: area, validFrom, status, basis, sources };
    try {
      const { data } = target.regionId
        ? await sendJson<{ id: string; version: number }>("POST", `/api/regions/${encodeURIComponent(target.regionId)}/versions`, {
            ...version,
            baseVersion: target.baseVersion,
          })
        : await sendJson<{ id: string; version: number }>("POST", "/api/regions", {
            ...version,
            ...newRegion,
            controllingActor: newRegion.controllingActor || null,
          });
      stop();
      onSaved(data.id, data.version);
    } catch (failure) {
      const message = (failure as Error).message;
      setError(message);
      setProblemAt(problemPoint(message));
      setSaving(false);
    }
  };

  return (
    <form className="draw-panel" onSubmit={submit} aria-labelledby="draw-title" data-testid="draw-panel">
      <h2 id="draw-title">{target.regionId ? `Redraw ${target.regionName}` : "Draw a new region"}</h2>
      {target.baseVersion !== null && <p className="muted">From version {target.baseVersion}, the one on the map.</p>}
      <div className="draw-tools" role="group" aria-label="Drawing tool">
        {TOOLS.map((choice) => (
          <button
            key={choice.tool}
            type="button"
            aria-pressed={tool === choice.tool}
            onClick={() => setTool(choice.tool)}
            data-testid={`draw-tool-${choice.tool}`}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <p className="hint">{TOOLS.find((choice) => choice.tool === tool)?.hint}</p>
      <p data-testid="draw-measure">
        {parts.add.length} part{parts.add.length === 1 ? "" : "s"}
        {parts.cut.length ? `, ${parts.cut.length} cut` : ""} · {area ? `${areaKm2(area).toLocaleString("en")} km²` : "no ground yet"}
      </p>
      {!target.regionId && (
        <fieldset>
          <legend>The region</legend>
          <label>
            Id
            <input
              value={newRegion.id}
              onChange={(event) => setNewRegion({ ...newRegion, id: event.target.value })}
              placeholder="e.g. sna-afrin"
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              required
              data-testid="draw-region-id"
            />
          </label>
          <label>
            Name
            <input
              value={newRegion.name}
              onChange={(event) => setNewRegion({ ...newRegion, name: event.target.value })}
              required
              data-testid="draw-region-name"
            />
          </label>
          <label>
            Kind
            <select value={newRegion.kind} onChange={(event) => setNewRegion({ ...newRegion, kind: event.target.value as RegionKind })}>
              {REGION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind.replaceAll("-", " ")}
                </option>
              ))}
            </select>
          </label>
          <label>
            Held by
            <select
              value={newRegion.controllingActor}
              onChange={(event) => setNewRegion({ ...newRegion, controllingActor: event.target.value })}
              data-testid="draw-region-holder"
            >
              <option value="">nobody (a zone)</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      <label>
        Valid from
        <input
          type="date"
          value={validFrom}
          max={today()}
          onChange={(event) => setValidFrom(event.target.value)}
          required
          data-testid="draw-valid-from"
        />
      </label>
      <label>
        Status
        <select value={status} onChange={(event) => setStatus(event.target.value as RegionStatus)} data-testid="draw-status">
          {REGION_STATUSES.map((choice) => (
            <option key={choice} value={choice}>
              {REGION_STATUS_LABELS[choice]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Basis
        <textarea
          value={basis}
          onChange={(event) => setBasis(event.target.value)}
          rows={3}
          required
          placeholder="How the line was drawn, in a sentence a reader can check."
          data-testid="draw-basis"
        />
      </label>
      <fieldset>
        <legend>Sources</legend>
        <label>
          Title
          <input
            value={citation.title}
            onChange={(event) => setCitation({ ...citation, title: event.target.value })}
            data-testid="draw-source-title"
          />
        </label>
        <label>
          Publisher
          <input value={citation.publisher} onChange={(event) => setCitation({ ...citation, publisher: event.target.value })} />
        </label>
        <label>
          URL
          <input
            type="url"
            value={citation.url}
            onChange={(event) => setCitation({ ...citation, url: event.target.value })}
            data-testid="draw-source-url"
          />
        </label>
        {sentences.length ? (
          <ul className="cited-sentences" data-testid="draw-cited">
            {sentences.map((sentence, index) => (
              <li key={`${sentence.articleId}-${sentence.start}`}>
                “{sentence.quote.slice(0, 100)}
                {sentence.quote.length > 100 ? "…" : ""}”{" "}
                <button type="button" className="link" onClick={() => uncite(index)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">Or open an article, select a sentence and choose “Cite for the drawing”.</p>
        )}
      </fieldset>
      <FormFooter error={error} busy={saving} busyLabel="Saving…" submitLabel="Save version" onCancel={stop} testId="draw" />
    </form>
  );
}
