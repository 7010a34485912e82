import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Vitest's default on two cores is one worker; the slowest files mostly wait on processes they start.
          maxWorkers: 2,
          // The command-line tests (scripts/*.test.ts) start processes: seconds each on a loaded 2-core machine.
          testTimeout: 60_000,
          // A database opened and seeded in a hook runs the extractor: seconds on a loaded machine.
          hookTimeout: 60_000,
          include: [
            "geo/**/*.test.ts",
            "lib/**/*.test.ts",
            "db/**/*.test.ts",
            "components/**/*.test.ts",
            "ingest/**/*.test.ts",
            "scripts/**/*.test.ts",
            "server/**/*.test.ts",
            "tests/fuzz/**/*.test.ts",
            "tests/guards/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          // Route handlers and the browser suite, each file against a production server of its own (global-setup.ts builds once).
          name: "integration",
          include: ["tests/api/**/*.test.ts", "tests/browser/**/*.test.ts"],
          globalSetup: ["tests/server/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          // A map redraw after a filter change can take seconds on a loaded 2-core machine.
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:scale`: the dashboard over a million events (generated once into data/bench/, about 2 min).
          name: "scale",
          include: ["tests/scale/**/*.test.ts"],
          globalSetup: ["tests/server/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 300_000,
          expect: { poll: { timeout: 60_000 } },
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
