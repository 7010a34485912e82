/**
 * Imports and drawn region versions for the web server: one at a time, on a worker thread with
 * its own connection, with a time limit. A file never touches the disk or a command line.
 */
import type { MessagePort } from "node:worker_threads";
import { DEFAULT_DB_PATH } from "@/db/client";
import type { ImportKind } from "@/ingest/run-import";
import type { UncheckedDrawing } from "@/ingest/region-drawing";
import type { ImportOutcome, ImportTask } from "./workers/import";
import { millisecondsFromEnv, poolFor, runWithBudget, WorkersBusyError, type WorkerMessage } from "./worker-pool";

/**
 * ACLED's layout imports at 245–1,111 rows/s here (docs/acled.md, "Volume"); the upload limit (10 MB) is some
 * 27,000 rows, under two minutes at the slowest: ten minutes bounds any accepted file. GEOBRIEF_IMPORT_LIMIT_MS overrides it.
 */
const DEFAULT_LIMIT_MS = 10 * 60_000;

const shared = globalThis as typeof globalThis & { geobriefImportRunning?: boolean };

/** Runs one task on the import worker; throws WorkersBusyError at once (not through the promise) while another runs. */
function runExclusive(
  task: (port: MessagePort) => ImportTask,
  options: { transferList?: ArrayBuffer[]; onMessage?: (message: WorkerMessage) => void },
): Promise<ImportOutcome> {
  // Each writes in one long transaction; two at once would only queue on SQLite's lock.
  if (shared.geobriefImportRunning) throw new WorkersBusyError("another import is running");
  shared.geobriefImportRunning = true;
  return runWithBudget<ImportOutcome>(poolFor("import", { maxThreads: 1, maxQueue: 1 }), task, {
    budgetMs: millisecondsFromEnv("GEOBRIEF_IMPORT_LIMIT_MS", DEFAULT_LIMIT_MS),
    ...options,
  }).finally(() => {
    shared.geobriefImportRunning = false;
  });
}

const dbPath = () => process.env.GEOBRIEF_DB || DEFAULT_DB_PATH;

/** Starts the import of an uploaded file. */
export function importOffThread(
  file: { kind: ImportKind; bytes: Uint8Array; reviewer: string; keepStatus: boolean },
  onMessage: (message: WorkerMessage) => void,
): Promise<ImportOutcome> {
  // A copy of exactly the file's bytes, moved to the worker (a Buffer may be a view into a larger shared pool).
  const bytes = new Uint8Array(file.bytes).buffer;
  return runExclusive(
    (port) => ({ dbPath: dbPath(), kind: file.kind, bytes, reviewer: file.reviewer, keepStatus: file.keepStatus, port }),
    { transferList: [bytes], onMessage },
  );
}

/**
 * Checks and stores a drawn region version: the geometry checks compare segments pairwise, and
 * the new shape recomputes every event's region bits (db/queries/map-facts.ts), both too slow
 * for the request thread at a million events.
 */
export function saveDrawingOffThread(drawing: UncheckedDrawing, reviewer: string): Promise<ImportOutcome> {
  return runExclusive((port) => ({ dbPath: dbPath(), drawing, reviewer, port }), {});
}
