/**
 * Runs a task on a piscina pool with a time budget that counts from when a worker starts it
 * (not while it waits its turn), and a bounded queue. A task over budget has its worker
 * thread terminated, which also rolls back any transaction that worker had open.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import Piscina from "piscina";
import { workerFile, type WorkerName } from "./worker-files";

export class WorkerTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`did not finish within ${Math.round(budgetMs / 1000)} s`);
  }
}

/** Every worker is busy and the queue is full: the caller should answer 503 (or 409) and ask to retry. */
export class WorkersBusyError extends Error {}

// Next bundles route handlers separately; one pool per name and process is kept on globalThis.
const shared = globalThis as typeof globalThis & { geobriefPools?: Map<WorkerName, Piscina> };

export function poolFor(name: WorkerName, options: { maxThreads: number; maxQueue: number }): Piscina {
  shared.geobriefPools ??= new Map();
  let pool = shared.geobriefPools.get(name);
  if (!pool) {
    pool = new Piscina({ filename: workerFile(name), minThreads: 0, idleTimeout: 60_000, ...options });
    shared.geobriefPools.set(name, pool);
  }
  return pool;
}

/** A message a task's worker sends besides its start signal (progress, for instance). */
export type WorkerMessage = Record<string, unknown>;

export async function runWithBudget<Result>(
  pool: Piscina,
  task: (port: MessagePort) => object,
  options: { budgetMs: number; transferList?: ArrayBuffer[]; onMessage?: (message: WorkerMessage) => void },
): Promise<Result> {
  const controller = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let timer: NodeJS.Timeout | undefined;
  port1.on("message", (message: WorkerMessage) => {
    if (message.started) timer ??= setTimeout(() => controller.abort(), options.budgetMs);
    else options.onMessage?.(message);
  });
  try {
    return (await pool.run(task(port2), { transferList: [port2, ...(options.transferList ?? [])], signal: controller.signal })) as Result;
  } catch (error) {
    if (controller.signal.aborted) throw new WorkerTimeoutError(options.budgetMs);
    // piscina's words when its queue is full (piscina/dist/errors.js: TaskQueueAtLimit, NoTaskQueueAvailable).
    if (/^(Task queue is at limit|No task queue available)/.test((error as Error).message))
      throw new WorkersBusyError("every worker is busy and the queue is full");
    throw error;
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

/** A positive whole number of milliseconds from the environment, else the default. */
export function millisecondsFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
