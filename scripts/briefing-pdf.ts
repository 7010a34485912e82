/**
 * `npm run briefing:pdf -- ID OUT.pdf [--paper a4|letter] [--orientation portrait|landscape]`:
 * renders a saved briefing's print view to PDF, as GET /api/briefings/:id/pdf does, by
 * serving the app over the database (GEOBRIEF_DB) on a private port for the moment it takes.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parsePrintOptions, printQuery } from "@/components/briefing/print-options";
import { DEFAULT_DB_PATH } from "@/db/client";
import { buildIfNeeded } from "./build-if-needed";
import { startNextServer } from "./next-server";
import { ChromiumMissingError, closePdfBrowser, countPdfPages, renderPdf } from "@/server/pdf-renderer";

const usage = "usage: npm run briefing:pdf -- ID OUT.pdf [--paper a4|letter] [--orientation portrait|landscape]";
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { paper: { type: "string" }, orientation: { type: "string" } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [id, out] = args.positionals;
const options = parsePrintOptions(
  new URLSearchParams(Object.entries(args.values).filter((entry): entry is [string, string] => entry[1] !== undefined)),
);
if (!id || !/^\d+$/.test(id) || !out || args.positionals.length !== 2 || !options.ok) {
  console.error(options.ok ? usage : `${options.error}\n${usage}`);
  process.exit(2);
}

buildIfNeeded();
const server = await startNextServer({ dbPath: process.env.GEOBRIEF_DB || DEFAULT_DB_PATH });
try {
  const response = await fetch(`${server.baseUrl}/api/briefings/${id}`);
  if (response.status === 404) throw new Error(`no briefing with id ${id}`);
  const started = performance.now();
  const pdf = await renderPdf(`${server.baseUrl}/briefings/${id}/print?${printQuery(options.value)}`, {
    paper: options.value.paper === "letter" ? "Letter" : "A4",
    landscape: options.value.orientation === "landscape",
  });
  writeFileSync(out, pdf);
  console.log(
    `wrote ${out}: ${countPdfPages(pdf)} page(s), ${(pdf.length / 1024).toFixed(0)} KB, rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(error instanceof ChromiumMissingError ? error.message : `cannot render briefing ${id}: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closePdfBrowser();
  server.stop();
}
