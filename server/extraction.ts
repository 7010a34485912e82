/**
 * Extraction for the web server: on worker threads, never on the thread that answers
 * requests, with a time budget per article.
 */
import { availableParallelism } from "node:os";
import type { ArticleMeta, Extraction } from "@/lib/extraction-types";
import type { ExtractTask } from "./workers/extract";
import { millisecondsFromEnv, poolFor, runWithBudget } from "./worker-pool";

/**
 * 1 MB of prose, the largest article accepted, extracts in about 2.5 s here, and so does any
 * adversarial megabyte (`npm run bench:extract`): 20 s leaves room for a loaded machine and
 * still refuses what would hold a worker for long. GEOBRIEF_EXTRACT_BUDGET_MS overrides it.
 */
const DEFAULT_BUDGET_MS = 20_000;
/** Articles that may wait for a worker; past that the server answers 503 with Retry-After. */
const MAX_WAITING = 8;

export function extractOffThread(body: string, meta: ArticleMeta): Promise<Extraction> {
  // One core stays with the web server.
  const pool = poolFor("extract", { maxThreads: Math.max(1, availableParallelism() - 1), maxQueue: MAX_WAITING });
  return runWithBudget<Extraction>(pool, (port): ExtractTask => ({ body, meta, port }), {
    budgetMs: millisecondsFromEnv("GEOBRIEF_EXTRACT_BUDGET_MS", DEFAULT_BUDGET_MS),
  });
}
