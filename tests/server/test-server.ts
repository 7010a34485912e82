/**
 * A production server of this test file's own, on a free port with a fresh temporary
 * database, so no suite sees another's writes. Call at the top of a test file; read
 * `server.baseUrl` inside tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startNextServer, type RunningServer } from "@/scripts/next-server";

export function startTestServer(
  options: {
    env?: Record<string, string>;
    /** Serve this database (made before) instead of a fresh one. */
    prepareDb?: () => string;
    /** For the whole start, preparing the database included (default: the project's hookTimeout). */
    timeoutMs?: number;
    /** Where the server listens (default 127.0.0.1); it is always reached at 127.0.0.1. */
    hostname?: string;
  } = {},
): { readonly baseUrl: string; readonly dbPath: string } {
  const state = { baseUrl: "", dbPath: "" };
  let running: RunningServer | undefined;
  let dataDir = "";
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "geobrief-test-"));
    state.dbPath = options.prepareDb?.() ?? path.join(dataDir, "test.db");
    running = await startNextServer({ dbPath: state.dbPath, env: options.env, hostname: options.hostname, timeoutMs: 180_000 });
    state.baseUrl = running.baseUrl;
  }, options.timeoutMs);
  afterAll(() => {
    running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return state;
}
