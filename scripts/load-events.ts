/**
 * `npm run load -- [URL] [--connections 50] [--seconds 20]`: drives GET /api/events/view with
 * concurrent connections for a bounded time and prints requests/s, latency percentiles and
 * errors. Local only: it refuses any address but this machine's loopback. Without a URL it
 * serves a fresh seeded database on a private port for the run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildIfNeeded } from "./build-if-needed";
import { startNextServer } from "./next-server";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { connections: { type: "string", default: "50" }, seconds: { type: "string", default: "20" } } });
const connections = Math.min(200, Math.max(1, Number(values.connections)));
const seconds = Math.min(120, Math.max(1, Number(values.seconds)));

let baseUrl = positionals[0];
let cleanup = () => {};
if (baseUrl) {
  if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(baseUrl).hostname)) {
    console.error("refusing: the load script only targets this machine (127.0.0.1, localhost, [::1])");
    process.exit(2);
  }
} else {
  buildIfNeeded();
  const dir = mkdtempSync(path.join(os.tmpdir(), "geobrief-load-"));
  const server = await startNextServer({ dbPath: path.join(dir, "load.db") });
  baseUrl = server.baseUrl;
  cleanup = () => {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

// A mix of the requests the dashboard's map makes: the theatre, unfiltered and with one actor, a
// hidden actor, a date window; a closer view with two types.
const theatre = "bbox=30.1,29.6,47.1,40.8&zoom=5.4";
const queries = [theatre, `${theatre}&actor=TUR`, `${theatre}&exclude=SYR`, `${theatre}&from=2025-01-01&to=2025-12-31`, "bbox=35.5,32.8,37.2,34.1&zoom=8&type=CONSULT&type=AID"];
const latencies: number[] = [];
let errors = 0;
const endAt = performance.now() + seconds * 1000;

async function worker(offset: number): Promise<void> {
  for (let request = offset; performance.now() < endAt; request += 1) {
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}/api/events/view?${queries[request % queries.length]}`);
      await response.arrayBuffer();
      if (response.status !== 200) errors += 1;
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - started);
  }
}

console.log(`load: ${connections} connections for ${seconds} s against ${baseUrl}/api/events/view (${os.cpus().length} cores)`);
await Promise.all(Array.from({ length: connections }, (_, index) => worker(index)));
cleanup();
latencies.sort((a, b) => a - b);
const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))].toFixed(1);
console.log(`${latencies.length} requests, ${(latencies.length / seconds).toFixed(0)} requests/s, latency p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, errors ${errors}`);
process.exit(errors ? 1 : 0);
