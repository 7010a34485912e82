/**
 * `npm test`: lint, the type check, the unit project, then the integration project (route
 * handlers and the browser suite against production servers). Ends with one plain line CI
 * reads, `tests: N passed, N failed, N skipped`, and how long it all took. The million-event
 * browser run is separate: `npm run test:scale`.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const started = performance.now();
const reports = path.join("test-results");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** A project tool's command line: Node running its node_modules/.bin entry (what npx would find). */
const toolArgs = ([tool, ...rest]: string[]) => [path.join("node_modules", ".bin", tool), ...rest];
const npx = (args: string[]) =>
  spawnSync(process.execPath, toolArgs(args), { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status === 0;

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
const counts = { passed: 0, failed: 0, skipped: 0 };
function vitest(project: string): boolean {
  const report = path.join(reports, `${project}.json`);
  const ok = npx([
    "vitest",
    "run",
    "--config",
    "tests/vitest.config.ts",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  try {
    const result = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
    counts.passed += result.numPassedTests;
    counts.failed += result.numFailedTests;
    counts.skipped += result.numPendingTests + result.numTodoTests;
  } catch {
    // No report: the run failed before any test, which `ok` already says.
  }
  return ok;
}

/** Runs a tool with its output held back, so two running at once print one after the other. */
function quietly(name: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, toolArgs(args), { stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => {
      console.log(`\n── ${name}\n${output.trimEnd()}`);
      resolve(status === 0);
    });
  });
}

const failed: string[] = [];
// Lint and the type check each keep one core busy; on two cores they take the time of the longer one.
const checks: [string, string[]][] = [
  ["lint", ["eslint", "."]],
  ["typecheck", ["tsc", "--noEmit"]],
];
const passed = await Promise.all(checks.map(([name, args]) => quietly(name, args)));
checks.forEach(([name], index) => passed[index] || failed.push(name));
for (const [name, step] of [
  ["unit tests", () => vitest("unit")],
  ["integration tests", () => vitest("integration")],
] as const) {
  console.log(`\n── ${name}`);
  if (!step()) failed.push(name);
}
const minutes = (performance.now() - started) / 60_000;
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
console.log(`npm test took ${minutes.toFixed(1)} min${failed.length ? `; failed: ${failed.join(", ")}` : ""}`);
process.exit(failed.length ? 1 : 0);
