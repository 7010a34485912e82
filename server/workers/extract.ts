/** Worker thread (server/extraction.ts): extracts one article, off the web server's thread. */
import type { MessagePort } from "node:worker_threads";
import { extractArticle } from "@/ingest/extract-article";
import type { ArticleMeta, Extraction } from "@/lib/extraction-types";
import { loadGazetteer } from "@/ingest/gazetteer";
import { loadTagger } from "@/ingest/extract/verb-triggers";

// Read once as the thread starts (about 0.4 s with the tagger's model), before any task: an article's time budget is its own extraction's.
loadGazetteer();
loadTagger();
// The first two extractions of a thread run its rules cold (about 40 and 15 ms for one sentence, against under 1 ms
// after): two of a short sentence here keep that out of the first article's budget too.
for (let run = 0; run < 2; run += 1) extractArticle("Turkish drones struck a village near Kobani on Monday, officials said.", {});

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
