"use client";

import { useCallback, useEffect, useState } from "react";

export type JsonState<T> =
  | { status: "idle" }
  /** `previous` is the last answer (of any URL), to keep showing while the next one loads. */
  | { status: "loading"; previous?: T }
  | { status: "error"; message: string }
  | { status: "ready"; data: T };

interface Completed<T> {
  url: string;
  attempt: number;
  data?: T;
  error?: string;
}

/**
 * Fetches JSON from the app's own API whenever `url` changes (null: nothing to fetch).
 * A failed response surfaces the server's `{error}` text; a superseded request is aborted.
 * The second value refetches the same URL.
 */
export function useJson<T>(url: string | null): [JsonState<T>, () => void] {
  const [completed, setCompleted] = useState<Completed<T> | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        const body = await response.json().catch(() => undefined);
        // Superseded while the body was still arriving: the newer request will answer.
        if (controller.signal.aborted) return;
        if (!response.ok) throw new Error(body?.error ?? `the server answered ${response.status}`);
        if (body === undefined) throw new Error("the server's answer was not JSON");
        setCompleted({ url, attempt, data: body as T });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setCompleted({ url, attempt, error: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [url, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  if (!url) return [{ status: "idle" }, retry];
  if (!completed || completed.url !== url || completed.attempt !== attempt)
    return [{ status: "loading", previous: completed?.data }, retry];
  if (completed.error !== undefined) return [{ status: "error", message: completed.error }, retry];
  return [{ status: "ready", data: completed.data as T }, retry];
}
