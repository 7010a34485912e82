"use client";

import { useState, type FormEvent } from "react";
import type { ActorWithCount } from "@/db/queries/actors";
import { sendJson, useReviewerName } from "../dashboard/api-client";
import type { ImportProgress } from "@/ingest/import-acled";
import type { RunImportReport as ImportReport } from "@/ingest/run-import";
import { FormFooter } from "./form-footer";
import { FormDialog } from "./form-dialog";

/** The import's answer, line by line (app/api/import/route.ts). */
type ImportLine = { progress: ImportProgress } | { report: ImportReport } | { error: string };

/** The report in words, for the dashboard's notice. */
function summarise(report: ImportReport): string {
  if (report.kind === "regions") {
    const versions = report.added.map((added) => `${added.id} version ${added.version} from ${added.validFrom}`).join(", ");
    return `Imported ${report.added.length} region version(s): ${versions}.${report.ringsRewound ? ` ${report.ringsRewound} ring(s) rewound to RFC 7946 winding.` : ""}`;
  }
  const created = report.createdActors.length ? ` Actors created: ${report.createdActors.join(", ")}.` : "";
  const cleaned = report.cleanedCount ? ` Control or bidi characters removed on ${report.cleanedCount} row(s).` : "";
  const held =
    report.updated || report.unchanged ? ` Already held: ${report.updated} updated by a newer export, ${report.unchanged} unchanged.` : "";
  const ignored = report.ignoredColumns.length ? ` Columns not read: ${report.ignoredColumns.join(", ")}.` : "";
  return `Imported ${report.imported} of ${report.rows} rows in ${report.seconds} s; ${report.skippedCount} skipped.${held}${created}${ignored}${cleaned}`;
}

/**
 * Import an ACLED-style CSV of events or a GeoJSON file of region versions. The server
 * streams its progress; the file goes in whole or not at all, and skipped rows say why.
 */
export function ImportForm({
  actors,
  onImported,
  onClose,
}: {
  actors: ActorWithCount[];
  onImported: (message: string) => void;
  onClose: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [keepStatus, setKeepStatus] = useState(false);
  const [reviewer, setReviewer] = useReviewerName();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError("Choose a .csv or .geojson file first.");
    setBusy(true);
    setError(null);
    setReport(null);
    setProgress(null);
    try {
      const response = await fetch(`/api/import?name=${encodeURIComponent(file.name)}${keepStatus ? "&keep-status=1" : ""}`, {
        method: "POST",
        headers: { "x-geobrief-user": reviewer || "anonymous" },
        body: file,
      });
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => null);
        throw new Error(body?.error ?? `the server answered ${response.status}`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        pending += value;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as ImportLine;
          if ("progress" in message) setProgress(message.progress);
          else if ("error" in message) throw new Error(message.error);
          else {
            setReport(message.report);
            onImported(summarise(message.report));
          }
        }
      }
    } catch (failure) {
      setError(`Nothing was imported: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog id="import" title="Import" onSubmit={submit} onClose={onClose}>
      <p className="hint">
        Events as ACLED-style CSV (ACLED&apos;s columns; the export&apos;s extra columns are read back), or region versions as GeoJSON (each
        feature with id, name, kind, status, validFrom, basis and sources).
      </p>
      <label>
        Your name (for the review trail)
        <input value={reviewer} onChange={(event) => setReviewer(event.target.value)} />
      </label>
      <label>
        File
        <input
          type="file"
          accept=".csv,.geojson,.json"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="import-file"
        />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={keepStatus}
          onChange={(event) => setKeepStatus(event.target.checked)}
          data-testid="import-keep-status"
        />
        Keep the file&apos;s status column (confirmed, rejected); otherwise imported events arrive as drafts to review
      </label>
      {(busy || progress) && (
        <label>
          {progress
            ? `${progress.rows.toLocaleString("en")} rows read, ${Math.floor((100 * progress.bytes) / progress.totalBytes)}% of the file`
            : "Uploading…"}
          <progress max={progress?.totalBytes ?? 1} value={progress?.bytes ?? 0} data-testid="import-progress" />
        </label>
      )}
      {report && (
        <div className="status" role="status" data-testid="import-report">
          <p>{summarise(report)}</p>
          {report.kind === "csv" && report.skipped.length > 0 && (
            <ul className="import-skipped">
              {report.skipped.slice(0, 20).map(({ line, reason }) => (
                <li key={line}>
                  Line {line}: {reason}
                </li>
              ))}
              {report.skippedCount > 20 && <li>… and {report.skippedCount - 20} more</li>}
            </ul>
          )}
          {report.kind === "csv" && report.createdActors.length > 0 && (
            <MapImportedNames
              created={report.createdActors}
              registry={actors.filter((actor) => actor.kind !== "imported")}
              onMapped={onImported}
            />
          )}
        </div>
      )}
      <FormFooter
        error={error}
        busy={busy}
        busyLabel="Importing…"
        submitLabel={report ? "Import another" : "Import"}
        onCancel={onClose}
        testId="import"
      />
    </FormDialog>
  );
}

/**
 * The names the registry lacked, each with a choice of registry actor: mapping one moves its
 * events and teaches every later import the name (app/api/actors/mappings/route.ts).
 */
function MapImportedNames({
  created,
  registry,
  onMapped,
}: {
  created: string[];
  registry: ActorWithCount[];
  onMapped: (message: string) => void;
}) {
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const map = async (importedId: string, name: string) => {
    setError(null);
    try {
      const { data } = await sendJson<{ moved: number }>("POST", "/api/actors/mappings", { importedId, actorId: choice[importedId] });
      setDone({ ...done, [importedId]: choice[importedId] });
      onMapped(`"${name}" now reads as ${choice[importedId]}: ${data.moved} event(s) moved; later imports map it so.`);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <div className="map-names" data-testid="map-imported-names">
      <p>Names not in the registry, imported as new actors. Map one to a registry actor once; later imports follow it.</p>
      <ul>
        {created.map((entry) => {
          const [, importedId, name] = /^(\S+) \((.*)\)$/.exec(entry) ?? [entry, entry, entry];
          return (
            <li key={importedId}>
              <span>{name}</span>{" "}
              {done[importedId] ? (
                <span className="muted">→ {done[importedId]}</span>
              ) : (
                <>
                  <select
                    aria-label={`Registry actor for ${name}`}
                    value={choice[importedId] ?? ""}
                    onChange={(event) => setChoice({ ...choice, [importedId]: event.target.value })}
                  >
                    <option value="">keep as {importedId}</option>
                    {registry.map((actor) => (
                      <option key={actor.id} value={actor.id}>
                        {actor.name}
                      </option>
                    ))}
                  </select>{" "}
                  <button type="button" disabled={!choice[importedId]} onClick={() => map(importedId, name)}>
                    Map
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
