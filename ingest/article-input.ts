/**
 * One set of rules for an article, whichever door it comes through (CLI file, API, form):
 * what is refused with a clear message, and what is accepted with a warning.
 */
import { z } from "zod";
import { precisionOfDate } from "@/lib/vocabulary";
import type { ArticleInput } from "@/lib/extraction-types";
import { plainText } from "@/lib/plain-text";

/** Past this an "article" is a dump, not news; it also bounds extraction time. */
export const MAX_BODY_BYTES = 1_000_000;

export type ValidatedArticle = { ok: true; article: ArticleInput; warnings: string[] } | { ok: false; error: string };

const optionalText = plainText({ singleLine: true }).trim().max(500).optional().nullable();
const schema = z.object({
  title: optionalText,
  outlet: optionalText,
  url: optionalText,
  published: optionalText,
  body: z.string({ message: "body is required and must be text" }),
});

/** Characters no article contains: NUL and C0 controls other than tab and line breaks. */
const BINARY = /[\u0000-\u0008\u000e-\u001f]/;

export function validateArticleInput(raw: unknown): ValidatedArticle {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: issue.path.length
        ? `${issue.path.join(".")}: ${issue.message}`
        : "expected a JSON object with title, outlet, url, published and body",
    };
  }
  const { title, outlet, url, published } = parsed.data;
  // Trailing blank space is an artifact of files and forms, not text: without it the same
  // article pasted or read from a file has one hash. Everything else is kept verbatim.
  const body = parsed.data.body.replace(/\s+$/u, "");
  if (!body.trim()) return { ok: false, error: "body is empty" };
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > MAX_BODY_BYTES) return { ok: false, error: `body is ${bytes} bytes; the limit is ${MAX_BODY_BYTES}` };
  if (BINARY.test(body)) return { ok: false, error: "body contains binary control characters: is this a text article?" };
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) return { ok: false, error: `url "${url}" is not an http(s) address` };

  const warnings: string[] = [];
  let date: string | null = null;
  if (!published)
    warnings.push(
      'no publication date: relative dates ("on Friday") stay unresolved unless another stored report of the same happening dates them',
    );
  else if (precisionOfDate(published) !== "day")
    warnings.push(`published "${published}" is not a YYYY-MM-DD date: ignored, relative dates stay unresolved`);
  else date = published;
  // A tag cannot hold another "<": each attempt stops at the next one, so the check is linear ("<a<a<a…" took 11 s on 200 KB).
  if (/<\/?[a-z][^<>]*>/i.test(body)) warnings.push("body contains HTML markup: stored and shown as plain text");
  const firstLine = body.trim().split("\n")[0].slice(0, 200);
  return {
    ok: true,
    article: { title: title || firstLine, outlet: outlet || "unknown outlet", url: url || null, published: date, body },
    warnings,
  };
}

/** Reads a file's bytes as UTF-8 text, refusing anything that is not. */
export function decodeArticleBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.includes(0)) return { ok: false, error: "the file contains NUL bytes: it is binary, not a text article" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { ok: false, error: "the file is not valid UTF-8 text" };
  }
}
