/**
 * `npm run bench:extract`: how fast extraction is. Prints the gazetteer's load time and
 * memory, the median and p95 time to extract a ~1,000-word article after warm-up (the seed
 * article's text, repeated to length) with the tagger's model loaded (its load timed apart), then the time for 1 MB of that prose beside each 1 MB
 * adversarial body (tests/fixtures/adversarial-bodies.ts). Figures, not a test: machines are noisy.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import { SEED_DIR } from "@/ingest/seed-database";
import { extractArticle } from "@/ingest/extract-article";
import { loadTagger } from "@/ingest/extract/verb-triggers";
import { loadGazetteer } from "@/ingest/gazetteer";
import { parseArticleFile } from "@/ingest/parse-article-file";
import { validateArticleInput } from "@/ingest/article-input";
import { adversarialBodies, proseBody } from "@/tests/fixtures/adversarial-bodies";

const WARM_UP = 20;
const RUNS = 200;
const TARGET_WORDS = 1000;

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const loadStart = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - loadStart;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

// The tagger's English model (ingest/extract/verb-triggers.ts) loads on first use: timed apart from extraction.
global.gc?.();
const modelHeapBefore = process.memoryUsage().heapUsed;
const modelStart = performance.now();
loadTagger();
const modelMs = performance.now() - modelStart;
global.gc?.();
const modelHeapMb = (process.memoryUsage().heapUsed - modelHeapBefore) / 1e6;

const { header, body: seedBody } = parseArticleFile(
  readFileSync(path.join(SEED_DIR, "turkiyetoday-2025-10-17-defense-talks-damascus.txt"), "utf8"),
);
let text = seedBody;
while (text.split(/\s+/).length < TARGET_WORDS) text += `\n${seedBody}`;
// Exactly TARGET_WORDS words: the words and the spaces between them, cut after the last.
const body = text
  .split(/(\s+)/)
  .slice(0, 2 * TARGET_WORDS - 1)
  .join("");
const words = body.split(/\s+/).length;

for (let run = 0; run < WARM_UP; run += 1) extractArticle(body, header, gazetteer);
const times: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  extractArticle(body, header, gazetteer);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
console.log(
  `gazetteer: ${gazetteer.entries.length} places, ${gazetteer.byName.size} names; load ${loadMs.toFixed(0)} ms; heap +${heapMb.toFixed(0)} MB${global.gc ? "" : " (unsettled: run through npm for --expose-gc)"}; process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);
console.log(`tagger model (wink-eng-lite-web-model): load ${modelMs.toFixed(0)} ms; heap +${modelHeapMb.toFixed(0)} MB`);
console.log(
  `extract a ${words}-word article: median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms over ${RUNS} runs after ${WARM_UP} warm-up (target: median under 50 ms)`,
);

/** One body's validation and extraction, timed once (a megabyte is its own warm-up). */
function timeMegabyte(text: string): number {
  const start = performance.now();
  validateArticleInput({ body: text });
  extractArticle(text, header, gazetteer);
  return performance.now() - start;
}
const MEGABYTE = 1_000_000;
const proseMs = timeMegabyte(proseBody(seedBody, MEGABYTE));
console.log(`1 MB of prose: ${proseMs.toFixed(0)} ms`);
for (const { name, body: hostile } of adversarialBodies(MEGABYTE)) {
  const ms = timeMegabyte(hostile);
  console.log(`1 MB adversarial "${name}": ${ms.toFixed(0)} ms (${(ms / proseMs).toFixed(2)}× prose)`);
}
