/**
 * Imports for the web server: one at a time, on a worker thread with its own connection, with
 * a time limit. The file never touches the disk or a command line.
 */
import { DEFAULT_DB_PATH } from "@/db/client";
import type { ImportKind } from "@/ingest/run-import";
import type { ImportOutcome, ImportTask } from "./workers/import";
import { millisecondsFromEnv, poolFor, runWithBudget, WorkersBusyError, type WorkerMessage } from "./worker-pool";

/**
 * ACLED's layout imports at about 266 rows/s here (docs/acled.md, "Volume"); the upload limit (10 MB) is some
 * 27,000 rows, under two minutes: ten minutes bounds any accepted file. GEOBRIEF_IMPORT_LIMIT_MS overrides it.
 */
const DEFAULT_LIMIT_MS = 10 * 60_000;

const shared = globalThis as typeof globalThis & { geobriefImportRunning?: boolean };

/** Starts the import; throws WorkersBusyError at once (not through the promise) while another runs. */
export function importOffThread(
  file: { kind: ImportKind; bytes: Uint8Array; reviewer: string; keepStatus: boolean },
  onMessage: (message: WorkerMessage) => void,
): Promise<ImportOutcome> {
  // Imports write in one long transaction each; two at once would only queue on SQLite's lock.
  if (shared.geobriefImportRunning) throw new WorkersBusyError("another import is running");
  shared.geobriefImportRunning = true;
  // A copy of exactly the file's bytes, moved to the worker (a Buffer may be a view into a larger shared pool).
  const bytes = new Uint8Array(file.bytes).buffer;
  return runWithBudget<ImportOutcome>(
    poolFor("import", { maxThreads: 1, maxQueue: 1 }),
    (port): ImportTask => ({
      dbPath: process.env.GEOBRIEF_DB || DEFAULT_DB_PATH,
      kind: file.kind,
      bytes,
      reviewer: file.reviewer,
      keepStatus: file.keepStatus,
      port,
    }),
    { budgetMs: millisecondsFromEnv("GEOBRIEF_IMPORT_LIMIT_MS", DEFAULT_LIMIT_MS), transferList: [bytes], onMessage },
  ).finally(() => {
    shared.geobriefImportRunning = false;
  });
}
