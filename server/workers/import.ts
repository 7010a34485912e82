/**
 * Worker thread (server/imports.ts): one import, or one drawn region version, with its own
 * database connection. Should the thread be terminated for running over its time limit, the
 * open transaction goes with it: nothing of the file (or the drawing) is written.
 */
import type { MessagePort } from "node:worker_threads";
import { openDatabase } from "@/db/client";
import { ConflictError, InvalidEditError, NotFoundError } from "@/db/errors";
import { saveRegionDrawing } from "@/db/queries/regions";
import { ImportError } from "@/ingest/import-acled";
import { checkDrawing, type UncheckedDrawing } from "@/ingest/region-drawing";
import { runImport, type ImportKind, type RunImportReport } from "@/ingest/run-import";

interface FileTask {
  dbPath: string;
  kind: ImportKind;
  bytes: ArrayBuffer;
  reviewer: string;
  keepStatus: boolean;
  port: MessagePort;
}

interface DrawingTask {
  dbPath: string;
  drawing: UncheckedDrawing;
  reviewer: string;
  port: MessagePort;
}

export type ImportTask = FileTask | DrawingTask;

/**
 * Known problems come back as `error` with the HTTP status they mean (an Error's class does not
 * survive the thread boundary): 400 for bad input, 404 for an unknown region, 409 for a conflict.
 */
export type ImportOutcome =
  { report: RunImportReport } | { saved: { id: string; version: number } } | { error: string; status: 400 | 404 | 409 };

function knownProblem(error: unknown): ImportOutcome | null {
  if (error instanceof ImportError || error instanceof InvalidEditError) return { error: error.message, status: 400 };
  if (error instanceof NotFoundError) return { error: error.message, status: 404 };
  if (error instanceof ConflictError) return { error: error.message, status: 409 };
  return null;
}

export default async function importOrSave(task: ImportTask): Promise<ImportOutcome> {
  task.port.postMessage({ started: true });
  const db = openDatabase(task.dbPath);
  try {
    if ("drawing" in task) {
      const checked = checkDrawing(task.drawing);
      if (!checked.ok) return { error: checked.error, status: 400 };
      return { saved: saveRegionDrawing(db, checked.value, task.reviewer) };
    }
    const report = await runImport(
      db,
      task.kind,
      { bytes: new Uint8Array(task.bytes) },
      {
        reviewer: task.reviewer,
        keepStatus: task.keepStatus,
        // Every 500 rows (ingest/import-acled.ts), and the last.
        onProgress: (progress) => task.port.postMessage({ progress }),
      },
    );
    return { report };
  } catch (error) {
    const known = knownProblem(error);
    if (known) return known;
    throw error;
  } finally {
    db.$client.close();
  }
}
