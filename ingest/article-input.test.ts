import { describe, expect, it } from "vitest";
import { decodeArticleBytes, MAX_BODY_BYTES, validateArticleInput } from "./article-input";

const valid = { title: "T", outlet: "O", url: "https://example.org/a", published: "2025-10-17", body: "Türkiye said on Friday." };

describe("validateArticleInput", () => {
  it("accepts a complete article as it is", () => {
    expect(validateArticleInput(valid)).toEqual({ ok: true, article: valid, warnings: [] });
  });

  it.each([
    [{ ...valid, body: "   \n " }, "body is empty"],
    [{ ...valid, body: "x".repeat(MAX_BODY_BYTES + 1) }, "limit"],
    [{ ...valid, body: "text\u0000more" }, "binary"],
    [{ ...valid, url: "javascript:alert(1)" }, "not an http(s) address"],
    [{ ...valid, body: 42 }, "body"],
    ["just a string", "expected"],
  ])("refuses bad input with a message naming the problem (%#)", (input, message) => {
    const result = validateArticleInput(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it("keeps going without a usable publication date, and says relative dates stay unresolved", () => {
    for (const published of [null, "17/10/2025", "2025-02-30"]) {
      const result = validateArticleInput({ ...valid, published });
      expect(result.ok && result.article.published).toBeNull();
      expect(result.ok && result.warnings.join(" ")).toContain("unresolved");
    }
  });

  it("stores HTML markup as text and warns about it", () => {
    const body = "<p>Ankara said <script>alert(1)</script></p>";
    const result = validateArticleInput({ ...valid, body });
    expect(result.ok && result.article.body).toBe(body);
    expect(result.ok && result.warnings.join(" ")).toContain("HTML");
  });

  it("defaults a missing title to the first line and outlet to unknown", () => {
    const result = validateArticleInput({ body: "Headline here\nBody text." });
    expect(result.ok && result.article).toMatchObject({ title: "Headline here", outlet: "unknown outlet", url: null });
  });
});

describe("decodeArticleBytes", () => {
  it("refuses binary and non-UTF-8 files", () => {
    expect(decodeArticleBytes(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, error: expect.stringContaining("NUL") });
    expect(decodeArticleBytes(new Uint8Array([0x41, 0xff, 0xfe, 0x42]))).toMatchObject({
      ok: false,
      error: expect.stringContaining("UTF-8"),
    });
  });

  it("reads UTF-8 and drops a byte-order mark", () => {
    expect(decodeArticleBytes(new TextEncoder().encode("\uFEFFTürkiye"))).toEqual({ ok: true, text: "Türkiye" });
  });
});
