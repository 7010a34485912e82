/**
 * `npm run bench -- [--sizes 10000,100000,1000000] [--requests 40] [--seed 1]`: the scale
 * benchmark. For each size it fills (or reuses) data/bench/events-N-seed-S.db with
 * `npm run generate`, serves it with the production server and measures, from a client on
 * the same machine: map view requests (whole theatre, a governorate, a city; without and
 * with filters), actor counts + timeline histogram, ingest throughput through the full
 * pipeline (POST /api/articles, on a copy of the database), the server's peak memory and
 * the database size. Prints a table, then one RESULT line per size. Not a timed test:
 * figures are medians and 95th percentiles, to be read as ratios between sizes.
 */
import { copyFileSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { SEED_DIR } from "@/ingest/seed-database";
import { parseArticleFile } from "@/ingest/parse-article-file";
import { benchDatabase } from "./bench-database";
import { buildIfNeeded } from "./build-if-needed";
import { startNextServer } from "./next-server";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000,1000000" },
    requests: { type: "string", default: "40" },
    seed: { type: "string", default: "1" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const requests = Number(values.requests);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(requests) || requests < 5) {
  console.error("usage: npm run bench -- [--sizes 10000,100000,1000000] [--requests 40] [--seed 1]");
  process.exit(2);
}

/** Views as the dashboard asks for them: bbox and zoom of a 1280×800 map. */
const VIEWS = [
  { name: "theatre", query: "bbox=30.1,29.6,47.1,40.8&zoom=5.4" },
  { name: "governorate", query: "bbox=36.5,35.8,37.8,36.6&zoom=8.2" },
  { name: "city", query: "bbox=37.08,36.16,37.24,36.26&zoom=11" },
];
const FILTERS = [
  "actor=TUR",
  "from=2021-01-01&to=2021-12-31",
  "actor=SDF&actor=TUR&type=ASSAULT&from=2019-01-01&to=2022-12-31",
  "region=sdf-northeast",
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (value: number) => Math.round(value * 10) / 10;

async function time(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${Buffer.from(body).toString()}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/** Each URL once as warm-up, then `requests` rounds; the latencies of all, sorted, and the largest answer. */
async function measure(urls: string[]) {
  for (const url of urls) await time(url);
  const latencies: number[] = [];
  let largest = 0;
  for (let round = 0; round < requests; round++) {
    for (const url of urls) {
      const { ms, bytes } = await time(url);
      latencies.push(ms);
      largest = Math.max(largest, bytes);
    }
  }
  latencies.sort((a, b) => a - b);
  return { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), largestKb: Math.round(largest / 1024) };
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
}

/** The database's size once its write-ahead log is folded in (the log file keeps its largest size otherwise). */
function fileMb(file: string): number {
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return statSync(file).size / 1024 / 1024;
}

/**
 * Articles for the ingest run: the seed article (real reporting, so extraction finds its
 * events and places), each copy made new by a first line naming the run and the copy.
 * Undated copies leave out the publication day: their "on Friday" and "last December" are
 * then looked up among the stored reports (db/queries/incidents.ts dateByOtherReports), the
 * dearest path an article takes.
 */
function ingestBodies(count: number, dated: boolean) {
  const { header, body } = parseArticleFile(
    readFileSync(path.join(SEED_DIR, "turkiyetoday-2025-10-17-defense-talks-damascus.txt"), "utf8"),
  );
  const run = Date.now();
  return Array.from({ length: count }, (_, index) => ({
    title: `${header.title ?? "Seed article"} (bench ${run}/${index}${dated ? "" : ", undated"})`,
    outlet: "Geobrief bench",
    published: dated ? (header.published ?? "2025-10-17") : null,
    body: `Bench run ${run}, copy ${index}${dated ? "" : ", undated"}.\n\n${body}`,
  }));
}

/** Articles stored per second through POST /api/articles on a copy of the database: dated copies, then undated ones. */
async function ingestRate(dbPath: string): Promise<{ dated: number; undated: number }> {
  const copy = path.join(os.tmpdir(), `geobrief-bench-ingest-${process.pid}.db`);
  fileMb(dbPath);
  copyFileSync(dbPath, copy);
  const server = await startNextServer({ dbPath: copy, timeoutMs: 180_000 });
  try {
    const rate = async (dated: boolean) => {
      const articles = ingestBodies(40, dated);
      let events = 0;
      const started = performance.now();
      for (const article of articles) {
        const response = await fetch(`${server.baseUrl}/api/articles`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(article),
        });
        if (response.status !== 201) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
        events += ((await response.json()) as { eventIds: number[] }).eventIds.length;
      }
      const perSecond = round(articles.length / ((performance.now() - started) / 1000));
      console.log(
        `ingest${dated ? "" : " without publication dates"}: ${articles.length} articles, ${events} draft events, ${perSecond} articles/s`,
      );
      return perSecond;
    };
    return { dated: await rate(true), undated: await rate(false) };
  } finally {
    server.stop();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(copy + suffix, { force: true });
  }
}

buildIfNeeded();
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
console.log(`${requests} rounds per measure after one warm-up round; latency seen by a client on the same machine\n`);

const results: Record<string, number | string>[] = [];
for (const size of sizes) {
  const dbPath = benchDatabase(size, Number(values.seed), console.log);
  const server = await startNextServer({ dbPath, timeoutMs: 180_000 });
  try {
    const url = (route: string, query: string) => `${server.baseUrl}${route}?${query}`;
    const view = await measure(VIEWS.map((view) => url("/api/events/view", view.query)));
    const filtered = await measure(VIEWS.flatMap((view) => FILTERS.map((filter) => url("/api/events/view", `${view.query}&${filter}`))));
    const perView: Record<string, number> = {};
    for (const view of VIEWS)
      perView[view.name] = (await measure(FILTERS.map((filter) => url("/api/events/view", `${view.query}&${filter}`)))).p95;
    const counts = await measure(["", ...FILTERS].flatMap((filter) => [url("/api/actors", ""), url("/api/events/timeline", filter)]));
    const rssMb = peakRssMb(server.pid);
    server.stop();
    const ingest = await ingestRate(dbPath);
    const result = {
      size,
      view_p50_ms: view.p50,
      view_p95_ms: view.p95,
      filtered_view_p50_ms: filtered.p50,
      filtered_view_p95_ms: filtered.p95,
      filtered_theatre_p95_ms: perView.theatre,
      filtered_governorate_p95_ms: perView.governorate,
      filtered_city_p95_ms: perView.city,
      counts_p95_ms: counts.p95,
      largest_view_kb: Math.max(view.largestKb, filtered.largestKb),
      ingest_articles_per_s: ingest.dated,
      undated_ingest_articles_per_s: ingest.undated,
      rss_mb: rssMb,
      db_mb: Math.round(fileMb(dbPath)),
    };
    results.push(result);
    console.log(result);
  } finally {
    server.stop();
  }
}

console.log("");
console.table(results);
for (const result of results) {
  const { size, view_p95_ms, filtered_view_p95_ms, counts_p95_ms, ingest_articles_per_s, undated_ingest_articles_per_s, rss_mb, db_mb } =
    result;
  console.log(
    `RESULT size=${size} view_p95_ms=${view_p95_ms} filtered_view_p95_ms=${filtered_view_p95_ms} counts_p95_ms=${counts_p95_ms} ingest_articles_per_s=${ingest_articles_per_s} undated_ingest_articles_per_s=${undated_ingest_articles_per_s} rss_mb=${rss_mb} db_mb=${db_mb}`,
  );
}
if (results.length > 1) {
  const [first, last] = [results[0], results[results.length - 1]];
  const ratio = (key: string) => round(Number(last[key]) / Number(first[key]));
  console.log(
    `growth from ${first.size} to ${last.size} events: view p95 ×${ratio("view_p95_ms")}, filtered view p95 ×${ratio("filtered_view_p95_ms")}, counts p95 ×${ratio("counts_p95_ms")}`,
  );
}
