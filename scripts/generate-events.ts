/**
 * `npm run generate -- --events N [--seed S] [--db PATH]`: appends N synthetic events (in
 * generated articles of ten) to the database at PATH (default GEOBRIEF_DB or
 * data/geobrief.db), creating and migrating it if needed. Reproducible for a seed.
 */
import { parseArgs } from "node:util";
import { DEFAULT_DB_PATH } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { generateEvents } from "@/db/synthetic-events";
import { loadGazetteer } from "@/ingest/gazetteer";

const usage = "usage: npm run generate -- --events N [--seed S] [--db PATH]";
let values;
try {
  ({ values } = parseArgs({ options: { events: { type: "string" }, seed: { type: "string", default: "1" }, db: { type: "string" } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const count = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 10_000_000 || !Number.isInteger(seed)) {
  console.error(`--events must be a whole number from 1 to 10,000,000 and --seed a whole number\n${usage}`);
  process.exit(2);
}
const file = values.db ?? (process.env.GEOBRIEF_DB || DEFAULT_DB_PATH);
const started = performance.now();
const db = openPreparedDatabase(file);
const result = generateEvents(db, loadGazetteer(), {
  events: count,
  seed,
  onProgress: (written) => process.stdout.write(`\r${written.toLocaleString("en")} of ${count.toLocaleString("en")} events`),
});
db.$client.close();
console.log(
  `\n${file}: ${result.events} events in ${result.articles} articles at ${result.places} places (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
