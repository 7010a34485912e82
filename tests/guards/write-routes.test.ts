/**
 * Every route handler that writes must pass the write guard first (app/api/access.ts): a new
 * route that forgets it would let any page on the network write. Read from the sources, so
 * the check covers routes no other test calls.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const API_DIR = path.join(process.cwd(), "app", "api");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"];
/** Signing in and out cannot need a signed-in session; the route checks the token itself (app/api/session/route.ts). */
const UNGUARDED = new Set(["session/route.ts POST", "session/route.ts DELETE"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(path.join(dir, entry.name)) : entry.name === "route.ts" ? [path.join(dir, entry.name)] : [],
  );
}

describe("write routes", () => {
  const handlers = routeFiles(API_DIR).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    return WRITE_METHODS.flatMap((method) => {
      const body = new RegExp(`export (?:async )?function ${method}\\(([^)]*)\\)[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(source);
      return body ? [{ name: `${path.relative(API_DIR, file)} ${method}`, parameter: body[1], body: body[2] }] : [];
    });
  });

  it("are found (the scan reads the handlers)", () => {
    expect(handlers.map((handler) => handler.name)).toEqual(
      expect.arrayContaining(["articles/route.ts POST", "import/route.ts POST", "events/[id]/route.ts PATCH"]),
    );
  });

  it("each pass the write guard before anything else", () => {
    for (const { name, body } of handlers) {
      if (UNGUARDED.has(name)) continue;
      expect(body.trimStart(), name).toMatch(/^const refused = guardWrite\(request\);\s+if \(refused\) return refused;/);
    }
  });
});
