import type { NextRequest } from "next/server";
import { importKindOf } from "@/ingest/run-import";
import { importOffThread } from "@/server/imports";
import { WorkersBusyError, WorkerTimeoutError } from "@/server/worker-pool";
import { guardWrite } from "../access";
import { readBodyBytes, reviewerOf } from "../request";
import { busyResponse, errorResponse } from "../respond";

/** The largest file the dialog uploads; Next is told to pass bodies a little larger whole (next.config.ts). */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * POST /api/import?name=FILE.csv|FILE.geojson[&keep-status=1] with the file as the body → a
 * stream of JSON lines: {"progress":{"done","total"}} as rows go in, then {"report":…} or
 * {"error":…}. One import at a time (503 with Retry-After while another runs), on a worker
 * thread in one transaction, so the dashboard keeps answering and never sees half a file.
 * CSV events arrive as drafts unless keep-status=1 asks to keep the file's status column.
 */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const kind = importKindOf(request.nextUrl.searchParams.get("name") ?? "");
  if (!kind) return errorResponse(400, 'parameter "name" must end in .csv, .geojson or .json');
  const keepStatus = request.nextUrl.searchParams.get("keep-status") === "1";
  const body = await readBodyBytes(request, MAX_IMPORT_BYTES);
  if (!body.ok) return body.response;
  if (!body.bytes.length) return errorResponse(400, "the file is empty");

  const encoder = new TextEncoder();
  let send: (line: object) => void = () => {};
  let running;
  try {
    running = importOffThread({ kind, bytes: body.bytes, reviewer: reviewerOf(request), keepStatus }, (message) => send(message));
  } catch (error) {
    if (error instanceof WorkersBusyError) return busyResponse(error.message);
    throw error;
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      send = (line) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      running
        .then((outcome) => send(outcome))
        .catch((error: unknown) => {
          if (error instanceof WorkerTimeoutError)
            send({ error: `the import ${error.message} and was stopped; nothing of the file was imported` });
          else {
            console.error(error);
            send({ error: "the import failed; see the server's log" });
          }
        })
        .finally(() => controller.close());
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
}
