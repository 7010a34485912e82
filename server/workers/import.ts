/**
 * Worker thread (server/imports.ts): one import with its own database connection. Should the
 * thread be terminated for running over its time limit, the import's open transaction goes
 * with it: nothing of the file is written.
 */
import type { MessagePort } from "node:worker_threads";
import { openDatabase } from "@/db/client";
import { InvalidEditError } from "@/db/errors";
import { ImportError } from "@/ingest/import-acled";
import { runImport, type ImportKind, type RunImportReport } from "@/ingest/run-import";

export interface ImportTask {
  dbPath: string;
  kind: ImportKind;
  bytes: ArrayBuffer;
  reviewer: string;
  keepStatus: boolean;
  port: MessagePort;
}

/** Known problems come back as `error` (an Error's class does not survive the thread boundary). */
export type ImportOutcome = { report: RunImportReport } | { error: string };

export default async function importFile({ dbPath, kind, bytes, reviewer, keepStatus, port }: ImportTask): Promise<ImportOutcome> {
  port.postMessage({ started: true });
  const db = openDatabase(dbPath);
  try {
    const report = await runImport(
      db,
      kind,
      { bytes: new Uint8Array(bytes) },
      {
        reviewer,
        keepStatus,
        // Every 500 rows (ingest/import-acled.ts), and the last.
        onProgress: (progress) => port.postMessage({ progress }),
      },
    );
    return { report };
  } catch (error) {
    if (error instanceof ImportError || error instanceof InvalidEditError) return { error: error.message };
    throw error;
  } finally {
    db.$client.close();
  }
}
