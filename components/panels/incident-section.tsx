"use client";

import { useState } from "react";
import type { ActorWithCount } from "@/db/queries/actors";
import type { IncidentDetail, IncidentReport } from "@/db/queries/incidents";
import { CREDIBILITIES, CREDIBILITY_LABELS, RELIABILITY_GRADES, RELIABILITY_LABELS, type Credibility } from "@/lib/vocabulary";
import { sendJson } from "../dashboard/api-client";
import { useCanWrite } from "../dashboard/session";
import { formatPublished } from "./format";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * The happening an event reports, and every report of it side by side: outlet and grade, wire, each
 * report's own date, place, actors and toll beside its sentence (what differs is marked), with merge,
 * split, confirm, reject, grading and a credibility override for analysts who may edit.
 */
export function IncidentSection({
  eventId,
  incident,
  actors,
  onShowInArticle,
  onSelectEvent,
  onChanged,
}: {
  eventId: number;
  incident: IncidentDetail | null;
  actors: ActorWithCount[];
  onShowInArticle: (articleId: number) => void;
  onSelectEvent: (eventId: number) => void;
  onChanged: () => void;
}) {
  const canWrite = useCanWrite();
  const [error, setError] = useState<string | null>(null);
  const [mergeWith, setMergeWith] = useState("");
  const decide = async (decision: Record<string, unknown>, about = eventId) => {
    setError(null);
    try {
      await sendJson("POST", `/api/events/${about}/incident`, decision);
      onChanged();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const actorName = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
  const reports = incident?.reportList ?? [];
  const differs = new Set(incident?.disagreements ?? []);
  return (
    <section className="incident" data-testid="incident" aria-labelledby="incident-title">
      <h3 id="incident-title">Incident</h3>
      {incident ? (
        <>
          <p data-testid="incident-summary">
            {plural(incident.reports, "report")} · {plural(incident.independentSources, "independent source")}
            {incident.contested && (
              <>
                {" "}
                · <strong data-testid="incident-contested">contested: {[...differs].join(", ")} differ</strong>
              </>
            )}
          </p>
          <p className="incident-note" data-testid="incident-credibility">
            Credibility {incident.credibility} — {CREDIBILITY_LABELS[incident.credibility]}
            {incident.credibilityOverride !== null
              ? ` (set by ${incident.overriddenBy}: ${incident.overrideReason})`
              : " (from independent corroboration)"}
          </p>
          <ol className="incident-reports">
            {reports.map((report) => (
              <ReportItem
                key={report.eventId}
                report={report}
                current={report.eventId === eventId}
                differs={differs}
                actorName={actorName}
                canWrite={canWrite}
                onSplit={() => decide({ action: "split" }, report.eventId)}
                onShowInArticle={onShowInArticle}
                onSelectEvent={onSelectEvent}
                onGraded={onChanged}
                setError={setError}
              />
            ))}
          </ol>
        </>
      ) : (
        <p className="muted" data-testid="incident-summary">
          1 report: no other stored report tells of this happening.
        </p>
      )}
      {canWrite && (
        <div className="incident-actions">
          {incident && (
            <>
              <button type="button" onClick={() => decide({ action: "confirm" })} data-testid="confirm-incident">
                Confirm all {incident.reports}
              </button>
              <button type="button" onClick={() => decide({ action: "reject" })} data-testid="reject-incident">
                Reject all {incident.reports}
              </button>
              <CredibilityOverride
                current={incident.credibilityOverride}
                onSave={(credibility, reason) => decide({ action: "credibility", credibility, reason })}
              />
            </>
          )}
          <form
            className="inline-form"
            onSubmit={(submitted) => {
              submitted.preventDefault();
              void decide({ action: "merge", with: Number(mergeWith) }).then(() => setMergeWith(""));
            }}
          >
            <label>
              Same happening as event{" "}
              <input
                type="number"
                min={1}
                required
                value={mergeWith}
                onChange={(changed) => setMergeWith(changed.target.value)}
                data-testid="merge-with"
                aria-label="Event id of the other report"
              />
            </label>
            <button type="submit" data-testid="merge-incident">
              Merge
            </button>
          </form>
        </div>
      )}
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function ReportItem({
  report,
  current,
  differs,
  actorName,
  canWrite,
  onSplit,
  onShowInArticle,
  onSelectEvent,
  onGraded,
  setError,
}: {
  report: IncidentReport;
  current: boolean;
  differs: Set<string>;
  actorName: (id: string) => string;
  canWrite: boolean;
  onSplit: () => void;
  onShowInArticle: (articleId: number) => void;
  onSelectEvent: (eventId: number) => void;
  onGraded: () => void;
  setError: (message: string | null) => void;
}) {
  const value = (field: string, text: string) => <span className={differs.has(field) ? "differs" : undefined}>{text}</span>;
  const grade = async (next: string) => {
    if (!report.article?.outletId) return;
    setError(null);
    try {
      await sendJson("PATCH", `/api/outlets/${report.article.outletId}`, { grade: next });
      onGraded();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <li
      className={`incident-report${current ? " current" : ""}${report.status === "rejected" ? " rejected" : ""}`}
      data-testid="incident-report"
    >
      <p className="report-source">
        <strong>{report.article?.outlet ?? "dataset row"}</strong>
        {report.wire && <span data-testid="report-wire"> · {report.wire} wire</span>}
        {report.article && <> · {formatPublished(report.article.published)}</>} ·{" "}
        {canWrite && report.article?.outletId ? (
          <select
            aria-label={`Reliability of ${report.article.outlet}`}
            value={report.article.grade}
            onChange={(changed) => void grade(changed.target.value)}
            data-testid="outlet-grade"
          >
            {RELIABILITY_GRADES.map((option) => (
              <option key={option} value={option}>
                {option} — {RELIABILITY_LABELS[option]}
              </option>
            ))}
          </select>
        ) : (
          <span title={RELIABILITY_LABELS[(report.article?.grade ?? "F") as "F"]}>grade {report.article?.grade ?? "F"}</span>
        )}
        {report.status !== "confirmed" && <span className="muted"> · {report.status}</span>}
      </p>
      <p className="report-values" data-testid="report-values">
        {value("date", report.dateValue)} · {value("place", report.place ?? "unknown place")} ·{" "}
        {value("initiator", report.actors.map(actorName).join(", ") || "no actors")}
        {report.fatalities !== null && <> · {value("killed", `${report.fatalities} killed`)}</>}
      </p>
      {report.evidence.slice(0, 1).map((quote) => (
        <blockquote key={quote.start} data-testid="report-quote">
          {quote.quote}
        </blockquote>
      ))}
      {report.link && (
        <p className="incident-note">
          Joined by {report.link.linkedBy}: {report.link.agreed.join(", ")}
          {report.link.score > 0 && ` (score ${report.link.score})`}
        </p>
      )}
      <div className="report-actions">
        {report.article && (
          <button type="button" onClick={() => onShowInArticle(report.article!.id)} data-testid="report-show-in-article">
            Show in article
          </button>
        )}
        {!current && (
          <button type="button" onClick={() => onSelectEvent(report.eventId)}>
            Open report
          </button>
        )}
        {canWrite && (
          <button type="button" onClick={onSplit} data-testid="split-report">
            Split out
          </button>
        )}
      </div>
    </li>
  );
}

function CredibilityOverride({
  current,
  onSave,
}: {
  current: Credibility | null;
  onSave: (credibility: Credibility | null, reason: string | null) => void;
}) {
  const [credibility, setCredibility] = useState<string>(current === null ? "" : String(current));
  const [reason, setReason] = useState("");
  return (
    <form
      className="inline-form"
      onSubmit={(submitted) => {
        submitted.preventDefault();
        onSave(credibility ? (Number(credibility) as Credibility) : null, reason || null);
      }}
    >
      <label>
        Credibility{" "}
        <select value={credibility} onChange={(changed) => setCredibility(changed.target.value)} data-testid="credibility-override">
          <option value="">derived</option>
          {CREDIBILITIES.map((option) => (
            <option key={option} value={option}>
              {option} — {CREDIBILITY_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      {credibility && (
        <input
          placeholder="Reason"
          required
          value={reason}
          onChange={(changed) => setReason(changed.target.value)}
          aria-label="Reason for the override"
        />
      )}
      <button type="submit">Set</button>
    </form>
  );
}
