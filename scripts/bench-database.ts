/**
 * The generated database of a size and seed, for the benchmark and the browser scale test:
 * made once with `npm run generate` under data/bench/ (git-ignored) and reused, since the
 * generator is reproducible. Written under a temporary name and renamed when complete, so an
 * interrupted run never leaves a half-filled file to be reused.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

export function benchDatabase(size: number, seed: number, log: (line: string) => void = () => {}): string {
  const file = path.join("data", "bench", `events-${size}-seed-${seed}.db`);
  if (existsSync(file)) {
    log(`reusing ${file}`);
    return file;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  log(`generating ${file} …`);
  execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/generate-events.ts", "--events", String(size), "--seed", String(seed), "--db", partial],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  // Closing the generator's connection checkpointed the write-ahead log into the file.
  for (const suffix of ["-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  renameSync(partial, file);
  return file;
}
