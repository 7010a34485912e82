import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/ingest.ts", ...args], {
    env: { ...process.env, GEOBRIEF_DB: path.join(dir, "cli.db") },
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("npm run ingest", () => {
  const good = path.join(dir, "good.txt");
  writeFileSync(good, "title: Test\noutlet: Geobrief tests\n\nIsraeli forces shelled Quneitra on Monday, residents said.\n");
  const binary = path.join(dir, "binary.txt");
  writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));

  it("stores, skips a repeat, fails bad files with reasons, and exits 1 when any failed", () => {
    const run = ingest(good, good, binary, path.join(dir, "missing.txt"), "--published", "2025-09-05");
    expect(run.code).toBe(1);
    expect(run.out).toContain("1 stored, 1 skipped, 2 failed");
    expect(run.out).toMatch(/stored\s+.*good\.txt: article \d+, [1-9]\d* draft event/);
    expect(run.out).toContain("NUL bytes");
    expect(run.out).toContain("ENOENT");
    // Progress, a line per file when not on a terminal.
    expect(run.err).toContain("4/4");
  });

  it("exits 0 when nothing failed, and 2 on a usage error", () => {
    expect(ingest(good).code).toBe(0);
    expect(ingest().code).toBe(2);
    expect(ingest(good, "--bogus").code).toBe(2);
  });
});
