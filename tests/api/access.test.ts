import { describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";

const ARTICLE = { title: "Access test", outlet: "Tests", published: "2025-09-05", body: "Israeli forces shelled Quneitra on Wednesday." };

function post(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("with GEOBRIEF_EDIT_TOKEN set", () => {
  const server = startTestServer({ env: { GEOBRIEF_EDIT_TOKEN: "correct horse" } });

  it("keeps reads open", async () => {
    expect((await fetch(`${server.baseUrl}/api/events`)).status).toBe(200);
    expect(await (await fetch(`${server.baseUrl}/api/session`)).json()).toMatchObject({ writable: false, tokenRequired: true, signedIn: false });
  });

  it("refuses writes without the token or with a wrong one, and accepts the right Bearer token", async () => {
    const anonymous = await post(server.baseUrl, "/api/articles", ARTICLE);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toContain("edit token");
    expect((await post(server.baseUrl, "/api/articles", ARTICLE, { authorization: "Bearer wrong" })).status).toBe(401);
    expect((await post(server.baseUrl, "/api/articles", ARTICLE, { authorization: "Bearer correct horse" })).status).toBe(201);
  });

  it("signs a browser in with an HttpOnly SameSite cookie, and refuses the same cookie from another site", async () => {
    expect((await post(server.baseUrl, "/api/session", { token: "nope" })).status).toBe(401);
    const signIn = await post(server.baseUrl, "/api/session", { token: "correct horse" });
    const cookie = signIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=strict/i);
    const session = cookie.split(";")[0];
    const body = { ...ARTICLE, body: `${ARTICLE.body} Signed in.` };
    expect((await post(server.baseUrl, "/api/articles", body, { cookie: session, origin: "https://evil.example" })).status).toBe(403);
    expect((await post(server.baseUrl, "/api/articles", body, { cookie: session, origin: server.baseUrl })).status).toBe(201);
    const state = await (await fetch(`${server.baseUrl}/api/session`, { headers: { cookie: session } })).json();
    expect(state).toMatchObject({ writable: true, signedIn: true });
  });
});

describe("read-only (listening beyond localhost with no token)", () => {
  const server = startTestServer({ env: { GEOBRIEF_READ_ONLY: "listening on 0.0.0.0 beyond this machine with no GEOBRIEF_EDIT_TOKEN set" } });

  it("refuses every write and says why", async () => {
    for (const [method, path] of [["POST", "/api/articles"], ["PATCH", "/api/events/1"], ["POST", "/api/events"], ["POST", "/api/briefings"]]) {
      const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { "content-type": "application/json", authorization: "Bearer anything" }, body: "{}" });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await response.json()).error).toContain("read-only");
    }
    expect(await (await fetch(`${server.baseUrl}/api/session`)).json()).toMatchObject({ writable: false, readOnlyReason: expect.stringContaining("0.0.0.0") });
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
});

describe("hostile article content", () => {
  const server = startTestServer();

  it("stores a near-1 MB single-line body full of markup and bidi controls verbatim, and serves it back", async () => {
    const line = "Israeli forces shelled Quneitra on Wednesday and Turkish officials met in Ankara, \u202eevil\u202c <script>alert(1)</script><img src=x onerror=alert(2)> ";
    const body = line.repeat(Math.ceil(950_000 / line.length)).slice(0, 950_000).trimEnd();
    const stored = await post(server.baseUrl, "/api/articles", { title: "\u202eHostile <b>title</b>", outlet: "Tests", published: "2025-09-05", body });
    expect(stored.status).toBe(201);
    const { articleId } = await stored.json();
    const article = await (await fetch(`${server.baseUrl}/api/articles/${articleId}`)).json();
    expect(article.body).toBe(body);
    expect(article.title).toBe("\u202eHostile <b>title</b>");
  });
});
