/** Worker thread (server/extraction.ts): extracts one article, off the web server's thread. */
import type { MessagePort } from "node:worker_threads";
import { extractArticle } from "@/ingest/extract-article";
import type { ArticleMeta, Extraction } from "@/lib/extraction-types";
import { loadGazetteer } from "@/ingest/gazetteer";
import { loadTagger } from "@/ingest/extract/verb-triggers";

// Read once as the thread starts (about 0.4 s with the tagger's model), before any task: an article's time budget is its own extraction's.
loadGazetteer();
loadTagger();

export interface ExtractTask {
  body: string;
  meta: ArticleMeta;
  /** Told when this task starts, so its time budget counts from then (server/worker-pool.ts). */
  port: MessagePort;
}

export default function extract({ body, meta, port }: ExtractTask): Extraction {
  port.postMessage({ started: true });
  return extractArticle(body, meta);
}
