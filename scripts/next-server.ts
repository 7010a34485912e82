/**
 * Starts a production server (`next start`) on a free local port over a given database,
 * for the test suites and for command-line tools that render pages (briefing PDFs).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

export interface RunningServer {
  baseUrl: string;
  /** The server process, for its memory (benchmarks). */
  pid: number;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * The app must be built (scripts/build-if-needed.ts). Stop the server with `stop()`. It listens
 * on 127.0.0.1 unless told another `hostname` (still reached at 127.0.0.1).
 */
export async function startNextServer(options: {
  dbPath: string;
  timeoutMs?: number;
  env?: Record<string, string>;
  hostname?: string;
}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", options.hostname ?? "127.0.0.1"], {
    env: { ...process.env, ...options.env, GEOBRIEF_DB: options.dbPath, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitUntilServing(`${baseUrl}/api/regions`, server, options.timeoutMs ?? 60_000);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  return { baseUrl, pid: server.pid!, stop: () => server.kill("SIGTERM") };
}
