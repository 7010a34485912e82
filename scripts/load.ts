/**
 * `npm run load -- [URL] [--connections 50] [--seconds 20]`: a mixed load on this machine only
 * (it refuses any address but loopback). The dashboard's reads — map view, timeline, search,
 * event detail, article, a bounded export — on concurrent connections, in two phases of
 * --seconds each: the mix alone, then the mix while a 1 MB adversarial article is ingested and a
 * briefing PDF is rendered. Prints each endpoint's latency, the errors, and the map view's p95
 * in both phases with their ratio. Without a URL it serves a fresh seeded database for the run.
 * Figures, not a test: client and server share the machine's cores.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PNG } from "pngjs";
import { adversarialBodies } from "@/tests/fixtures/adversarial-bodies";
import { buildIfNeeded } from "./build-if-needed";
import { startNextServer } from "./next-server";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { connections: { type: "string", default: "50" }, seconds: { type: "string", default: "20" } },
});
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

const json = async (pathname: string, init?: RequestInit) => (await fetch(`${baseUrl}${pathname}`, init)).json();
const [event] = (await json("/api/events?limit=1")).features;
const articleId = (await json(`/api/events/${event.id}`)).evidence[0].articleId;

const theatre = "bbox=30.1,29.6,47.1,40.8&zoom=5.4";
/** The dashboard's reads, by endpoint; each connection walks the list round and round. */
const MIX: [string, string][] = [
  ["view", `/api/events/view?${theatre}`],
  ["view", `/api/events/view?${theatre}&actor=TUR`],
  ["view", `/api/events/view?${theatre}&exclude=SYR&from=2025-01-01&to=2025-12-31`],
  ["view", "/api/events/view?bbox=35.5,32.8,37.2,34.1&zoom=8&type=CONSULT&type=AID"],
  ["timeline", "/api/events/timeline?exclude=RUS"],
  ["search", "/api/search?q=Damascus"],
  ["search", "/api/search?q=Turkish%20def"],
  ["event", `/api/events/${event.id}`],
  ["article", `/api/articles/${articleId}`],
  ["export", "/api/export/events.csv?bbox=35.5,32.8,37.2,34.1"],
];

interface Phase {
  latencies: Map<string, number[]>;
  errors: Map<string, number>;
}

async function runMix(phaseSeconds: number): Promise<Phase> {
  const phase: Phase = { latencies: new Map(), errors: new Map() };
  const endAt = performance.now() + phaseSeconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, offset) => {
      for (let request = offset; performance.now() < endAt; request += 1) {
        const [name, pathname] = MIX[request % MIX.length];
        const started = performance.now();
        let ok = false;
        try {
          const response = await fetch(`${baseUrl}${pathname}`);
          await response.arrayBuffer();
          ok = response.status === 200;
        } catch {
          ok = false;
        }
        phase.latencies.set(name, [...(phase.latencies.get(name) ?? []), performance.now() - started]);
        if (!ok) phase.errors.set(name, (phase.errors.get(name) ?? 0) + 1);
      }
    }),
  );
  return phase;
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
};

function report(label: string, phase: Phase): void {
  const total = [...phase.latencies.values()].reduce((sum, list) => sum + list.length, 0);
  const errors = [...phase.errors.values()].reduce((sum, n) => sum + n, 0);
  console.log(`${label}: ${total} requests, ${(total / seconds).toFixed(0)} requests/s, errors ${errors}`);
  for (const [name, list] of phase.latencies) {
    console.log(
      `  ${name.padEnd(8)} ${String(list.length).padStart(6)} requests  p50 ${percentile(list, 0.5).toFixed(1)} ms  p95 ${percentile(list, 0.95).toFixed(1)} ms  errors ${phase.errors.get(name) ?? 0}`,
    );
  }
}

/** A map image for the briefing to print: a plain 800 × 600 PNG. */
function mapImage(): string {
  const png = new PNG({ width: 800, height: 600 });
  png.data.fill(220);
  return `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;
}

console.log(`load: ${connections} connections, ${seconds} s a phase, against ${baseUrl} (${os.cpus().length} cores)`);
const idle = await runMix(seconds);
report("mix alone", idle);

const briefing = await json("/api/briefings", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    title: "Load test",
    notes: "",
    query: "",
    view: { zoom: 5.4, lat: 35.4, lon: 38.6, bearing: 0 },
    imageSize: { width: 800, height: 600 },
    selectedEventIds: [],
    mapImage: mapImage(),
  }),
});
const hostile = adversarialBodies(1_000_000).find(({ name }) => name === "mixed")!.body;

/** Repeats `task` one run after another until the phase ends; counts its answers by status. */
async function keepDoing(endAt: number, task: (run: number) => Promise<number>): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  for (let run = 0; performance.now() < endAt; run += 1) {
    const status = await task(run).catch(() => 0);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return statuses;
}
const heavyEnd = performance.now() + seconds * 1000;
const heavy = Promise.all([
  keepDoing(heavyEnd, async (run) => {
    const response = await fetch(`${baseUrl}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // A line of its own makes each body new, so it is extracted rather than skipped as stored.
      body: JSON.stringify({
        title: `Load test: adversarial megabyte ${run}`,
        outlet: "Load test",
        published: "2025-10-17",
        body: `${hostile.slice(0, 999_000)}\nRun ${Date.now()}-${run}.`,
      }),
    });
    await response.arrayBuffer();
    return response.status;
  }),
  keepDoing(heavyEnd, async () => {
    const response = await fetch(`${baseUrl}/api/briefings/${briefing.id}/pdf`);
    await response.arrayBuffer();
    return response.status;
  }),
]);
const loaded = await runMix(seconds);
report("mix while 1 MB adversarial articles are ingested and PDFs rendered, one after another", loaded);
const [ingests, pdfs] = await heavy;
const described = (statuses: Map<number, number>) => [...statuses].map(([status, n]) => `${n} × ${status}`).join(", ");
console.log(`  adversarial ingests: ${described(ingests)}; PDFs: ${described(pdfs)}`);
cleanup();

const idleP95 = percentile(idle.latencies.get("view") ?? [], 0.95);
const loadedP95 = percentile(loaded.latencies.get("view") ?? [], 0.95);
// A read that failed, or an adversarial article that was not stored, is an error; a PDF refused for a full queue is not.
const failedIngests = [...ingests].filter(([status]) => status !== 201).reduce((sum, [, n]) => sum + n, 0);
const errors = [...idle.errors.values(), ...loaded.errors.values()].reduce((sum, n) => sum + n, failedIngests);
console.log(
  `RESULT view_p95_idle_ms=${idleP95.toFixed(1)} view_p95_loaded_ms=${loadedP95.toFixed(1)} ratio=${(loadedP95 / idleP95).toFixed(2)} errors=${errors}`,
);
process.exit(errors ? 1 : 0);
