/**
 * Article files (docs/extraction.md): optional `key: value` header lines (title, outlet,
 * published, url), one blank line, then the body. Without a header the whole file is the
 * body. The body is returned verbatim: evidence offsets index it.
 */
export interface ArticleFileHeader {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

export interface ArticleFile {
  header: ArticleFileHeader;
  body: string;
}

const HEADER_KEYS = new Set(["title", "outlet", "published", "url"]);
const HEADER_LINE = /^([a-z]+):\s?(.*)$/;

export function parseArticleFile(text: string): ArticleFile {
  const blank = text.search(/\r?\n\r?\n/);
  if (blank < 0) return { header: {}, body: text };
  const lines = text.slice(0, blank).split(/\r?\n/);
  const fields = lines.map((line) => HEADER_LINE.exec(line));
  if (!fields.every((field) => field && HEADER_KEYS.has(field[1]))) return { header: {}, body: text };
  const header: ArticleFileHeader = {};
  for (const field of fields) header[field![1] as keyof ArticleFileHeader] = field![2].trim();
  const bodyStart = blank + (text.startsWith("\r\n", blank) ? 4 : 2);
  return { header, body: text.slice(bodyStart) };
}
