import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { NextRequest } from "next/server";
import { guardWrite } from "../access";
import { reviewerOf } from "../request";
import { errorResponse } from "../respond";

// Next buffers a request body at most 10 MB when a proxy (proxy.ts) runs: a larger file would arrive cut.
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * POST /api/import?name=FILE.csv|FILE.geojson with the file as the body → a stream of JSON
 * lines: {"progress":{"done","total"}} as rows go in, then {"report":…} or {"error":…}.
 * The import runs as `npm run import -- --json` in a process of its own, with its own
 * connection and one transaction, so the dashboard keeps answering and never sees half a file.
 */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const name = request.nextUrl.searchParams.get("name") ?? "";
  const extension = /\.(csv|geojson|json)$/i.exec(name)?.[1].toLowerCase();
  if (!extension) return errorResponse(400, 'parameter "name" must end in .csv, .geojson or .json');
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES) return errorResponse(413, `the file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.length > MAX_IMPORT_BYTES) return errorResponse(413, `the file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  if (!bytes.length) return errorResponse(400, "the file is empty");

  const dir = mkdtempSync(path.join(tmpdir(), "geobrief-import-"));
  const file = path.join(dir, `upload.${extension}`);
  writeFileSync(file, bytes);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "import.ts"), file, "--json", "--reviewer", reviewerOf(request)], {
    cwd: process.cwd(),
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let problems = "";
  child.stderr.on("data", (chunk: Buffer) => (problems = (problems + chunk.toString()).slice(-2000)));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      child.stdout.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      child.on("close", (code) => {
        rmSync(dir, { recursive: true, force: true });
        // The script says its own errors as JSON lines; a crash before it could is said here.
        if (code !== 0 && code !== 1) controller.enqueue(new TextEncoder().encode(`${JSON.stringify({ error: `the import stopped (${problems.trim() || `exit ${code}`})` })}\n`));
        controller.close();
      });
    },
    cancel() {
      child.kill("SIGTERM");
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
