"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";

export type JsonState<T> =
  | { status: "idle" }
  /** `previous` is the last answer (of any URL), to keep showing while the next one loads. */
  | { status: "loading"; previous?: T }
  | { status: "error"; message: string }
  | { status: "ready"; data: T };

/** GET a URL of the app's API as JSON; a failed response throws the server's `{error}` text. */
async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(body?.error ?? `the server answered ${response.status}`);
  if (body === undefined) throw new Error("the server's answer was not JSON");
  return body as T;
}

/**
 * Fetches JSON from the app's own API whenever `url` changes (null: nothing to fetch), through
 * TanStack Query (query-provider.tsx): a superseded request is cancelled, answers are cached by
 * URL, and the last answer stays while the next loads. The second value refetches the same URL.
 */
export function useJson<T>(url: string | null): [JsonState<T>, () => void] {
  const query = useQuery({
    queryKey: [url],
    queryFn: ({ signal }) => fetchJson<T>(url!, signal),
    enabled: url !== null,
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  if (!url) return [{ status: "idle" }, retry];
  if (query.isError && !query.isFetching) return [{ status: "error", message: query.error.message }, retry];
  if (query.isSuccess && !query.isPlaceholderData && !query.isRefetching) return [{ status: "ready", data: query.data }, retry];
  return [{ status: "loading", previous: query.data }, retry];
}
