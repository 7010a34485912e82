import { describe, expect, it } from "vitest";
import { adversarialBodies } from "../fixtures/adversarial-bodies";
import { rawRequest } from "../server/raw-request";
import { startTestServer } from "../server/test-server";

const ARTICLE = { title: "Access test", outlet: "Tests", published: "2025-09-05", body: "Israeli forces shelled Quneitra on Wednesday." };

function post(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("with GEOBRIEF_EDIT_TOKEN set", () => {
  const server = startTestServer({ env: { GEOBRIEF_EDIT_TOKEN: "correct horse" } });

  it("keeps reads open", async () => {
    expect((await fetch(`${server.baseUrl}/api/events`)).status).toBe(200);
    expect(await (await fetch(`${server.baseUrl}/api/session`)).json()).toMatchObject({
      writable: false,
      tokenRequired: true,
      signedIn: false,
    });
  });

  it("refuses writes without the token or with a wrong one, and accepts the right Bearer token", async () => {
    const anonymous = await post(server.baseUrl, "/api/articles", ARTICLE);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toContain("edit token");
    expect((await post(server.baseUrl, "/api/articles", ARTICLE, { authorization: "Bearer wrong" })).status).toBe(401);
    expect((await post(server.baseUrl, "/api/articles", ARTICLE, { authorization: "Bearer correct horse" })).status).toBe(201);
  });

  it("signs a browser in with a server-side session: the cookie is not the token, and signing out ends it", async () => {
    const signIn = await post(server.baseUrl, "/api/session", { token: "correct horse" });
    const cookie = signIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=strict/i);
    expect(cookie).not.toContain("correct");
    const session = cookie.split(";")[0];
    const body = { ...ARTICLE, body: `${ARTICLE.body} Signed in.` };
    expect((await post(server.baseUrl, "/api/articles", body, { cookie: session, origin: "https://evil.example" })).status).toBe(403);
    expect((await post(server.baseUrl, "/api/articles", body, { cookie: session, origin: server.baseUrl })).status).toBe(201);
    const state = await (await fetch(`${server.baseUrl}/api/session`, { headers: { cookie: session } })).json();
    expect(state).toMatchObject({ writable: true, signedIn: true });
    // A forged cookie, and the same cookie after signing out, sign nobody in.
    expect(
      (await post(server.baseUrl, "/api/articles", body, { cookie: "geobrief_session=correct horse", origin: server.baseUrl })).status,
    ).toBe(401);
    await fetch(`${server.baseUrl}/api/session`, { method: "DELETE", headers: { cookie: session, origin: server.baseUrl } });
    const after = await post(
      server.baseUrl,
      "/api/articles",
      { ...body, body: `${body.body} Again.` },
      { cookie: session, origin: server.baseUrl },
    );
    expect(after.status).toBe(401);
  });

  // Last in this block: it uses up the server's allowance of wrong tokens.
  it("limits wrong tokens to ten a minute, then refuses even the right one with 429 and Retry-After", async () => {
    const answers = [];
    for (let attempt = 0; attempt < 11; attempt += 1)
      answers.push((await post(server.baseUrl, "/api/session", { token: `guess ${attempt}` })).status);
    expect(answers.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(answers[10]).toBe(429);
    const right = await post(server.baseUrl, "/api/session", { token: "correct horse" });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("listening on every interface with no token (a plain `next start`)", () => {
  const server = startTestServer({ hostname: "0.0.0.0" });

  it("serves read-only, decided by the server itself, and says why", async () => {
    for (const [method, path] of [
      ["POST", "/api/articles"],
      ["PATCH", "/api/events/1"],
      ["POST", "/api/events"],
      ["POST", "/api/briefings"],
      ["POST", "/api/import?name=a.csv"],
    ]) {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { "content-type": "application/json", authorization: "Bearer anything" },
        body: "{}",
      });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await response.json()).error).toContain("read-only");
    }
    expect(await (await fetch(`${server.baseUrl}/api/session`)).json()).toMatchObject({
      writable: false,
      readOnlyReason: expect.stringContaining("0.0.0.0"),
    });
  });
});

describe("security headers", () => {
  const server = startTestServer();

  it("sends a same-origin Content-Security-Policy, nosniff and frame-ancestors on pages and API answers", async () => {
    for (const path of ["/", "/briefings", "/api/events"]) {
      const headers = (await fetch(`${server.baseUrl}${path}`)).headers;
      const policy = headers.get("content-security-policy") ?? "";
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("refuses a cross-site write even on an open localhost server", async () => {
    const response = await post(server.baseUrl, "/api/articles", ARTICLE, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });

  it("refuses a write from a page on a rebound DNS name, though its Origin and Host agree", async () => {
    const port = new URL(server.baseUrl).port;
    const rebound = { host: `rebind.example:${port}`, origin: `http://rebind.example:${port}`, "content-type": "application/json" };
    for (const extra of [{}, { authorization: "Bearer anything" }] as Record<string, string>[]) {
      const answer = await rawRequest(server.baseUrl, {
        method: "POST",
        path: "/api/articles",
        headers: { ...rebound, ...extra },
        body: JSON.stringify(ARTICLE),
      });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error).toContain('host "rebind.example"');
    }
  });

  it("refuses a chunked upload over the limit with 413, though it declares no length, and imports nothing", async () => {
    const count = async () => (await (await fetch(`${server.baseUrl}/api/events/view?bbox=-180,-90,180,90&zoom=2`)).json()).total;
    const before = await count();
    const header = "event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,notes\n";
    const oversized = header + "X1,2025-03-10,Battles,HTS,Jasim,33.0,36.06,Chunked row.\n".repeat(Math.ceil((11 * 1024 * 1024) / 52));
    const imported = await rawRequest(server.baseUrl, {
      method: "POST",
      path: "/api/import?name=big.csv",
      headers: { origin: server.baseUrl },
      body: oversized,
      chunkBytes: 64 * 1024,
    });
    expect(imported.status).toBe(413);
    const article = JSON.stringify({ ...ARTICLE, body: "Chunked. ".repeat(130_000) });
    const ingested = await rawRequest(server.baseUrl, {
      method: "POST",
      path: "/api/articles",
      headers: { origin: server.baseUrl, "content-type": "application/json" },
      body: article,
      chunkBytes: 16 * 1024,
    });
    expect(ingested.status).toBe(413);
    expect(await count()).toBe(before);
  });
});

describe("hostile article content", () => {
  const server = startTestServer();

  it("stores a near-1 MB single-line body full of markup and bidi controls verbatim, and serves it back", async () => {
    const line =
      "Israeli forces shelled Quneitra on Wednesday and Turkish officials met in Ankara, \u202eevil\u202c <script>alert(1)</script><img src=x onerror=alert(2)> ";
    const body = line
      .repeat(Math.ceil(950_000 / line.length))
      .slice(0, 950_000)
      .trimEnd();
    const stored = await post(server.baseUrl, "/api/articles", {
      title: "Hostile <b>title</b>",
      outlet: "Tests",
      published: "2025-09-05",
      body,
    });
    expect(stored.status).toBe(201);
    const { articleId } = await stored.json();
    const article = await (await fetch(`${server.baseUrl}/api/articles/${articleId}`)).json();
    expect(article.body).toBe(body);
    expect(article.title).toBe("Hostile <b>title</b>");
  });

  it("refuses control and bidi characters in a title or outlet, naming the character and where", async () => {
    const refused = await post(server.baseUrl, "/api/articles", {
      ...ARTICLE,
      title: "Report \u202eevil",
      body: "Turkish officials met in Ankara on Monday.",
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatch(/title: contains a control or bidi character \(U\+202E at character 8\)/);
    expect(
      (
        await post(server.baseUrl, "/api/articles", {
          ...ARTICLE,
          outlet: "Wire\u0007",
          body: "Turkish officials met in Ankara on Tuesday.",
        })
      ).status,
    ).toBe(400);
  });

  it("extracts each adversarial megabyte off the request thread: the map keeps answering meanwhile", async () => {
    for (const { name, body } of adversarialBodies(990_000)) {
      const started = performance.now();
      const ingest = post(server.baseUrl, "/api/articles", {
        title: `Adversarial ${name}`,
        outlet: "Tests",
        published: "2025-09-05",
        body,
      });
      const view = performance.now();
      expect((await fetch(`${server.baseUrl}/api/events/view?bbox=30,29,47,41&zoom=5`)).status).toBe(200);
      const viewMs = performance.now() - view;
      const answer = await ingest;
      expect(answer.status, name).toBe(201);
      const ingestMs = performance.now() - started;
      // Generous bounds: 1 MB of prose takes about 2.5 s here; "in in in …" took hours before the date rules were bounded.
      expect(ingestMs, name).toBeLessThan(60_000);
      expect(viewMs, name).toBeLessThan(2_000);
    }
  }, 300_000);
});

describe("a server with a short extraction budget and an online basemap", () => {
  const server = startTestServer({
    env: { GEOBRIEF_EXTRACT_BUDGET_MS: "50", GEOBRIEF_BASEMAP_STYLE_URL: "https://tiles.example.org/styles/dark.json" },
  });

  it("lets the page fetch the configured basemap's origin, and no other", async () => {
    const policy = (await fetch(`${server.baseUrl}/`)).headers.get("content-security-policy") ?? "";
    expect(policy).toContain("connect-src 'self' https://tiles.example.org;");
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.org;");
  });

  it("refuses an article whose extraction runs out of its time budget with 422, storing nothing", async () => {
    const body = "Israeli forces shelled Quneitra on Wednesday and Turkish officials met in Ankara. ".repeat(12_000);
    const answer = await post(server.baseUrl, "/api/articles", { title: "Over budget", outlet: "Tests", published: "2025-09-05", body });
    expect(answer.status).toBe(422);
    expect((await answer.json()).error).toContain("did not finish within");
    const small = await post(server.baseUrl, "/api/articles", {
      title: "Small",
      outlet: "Tests",
      published: "2025-09-05",
      body: "Turkish officials met in Ankara on Monday.",
    });
    expect(small.status).toBe(201);
  });
});
