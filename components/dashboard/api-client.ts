"use client";

import { useSyncExternalStore } from "react";

const USER_KEY = "geobrief-user";

/** The analyst's name for the review trail, kept in this browser (a local name, not a login). */
export function useReviewerName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(
    (onChange) => {
      window.addEventListener("storage", onChange);
      return () => window.removeEventListener("storage", onChange);
    },
    () => window.localStorage.getItem(USER_KEY) ?? "",
    () => "",
  );
  const setName = (next: string) => {
    window.localStorage.setItem(USER_KEY, next.trim());
    window.dispatchEvent(new StorageEvent("storage", { key: USER_KEY }));
  };
  return [name, setName];
}

/** Sends JSON to the app's API with the reviewer's name; throws the server's `{error}` text on failure. */
export async function sendJson<T>(method: "POST" | "PATCH", url: string, body: unknown): Promise<{ status: number; data: T }> {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", "x-geobrief-user": window.localStorage.getItem(USER_KEY) || "anonymous" },
    body: JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error ?? `the server answered ${response.status}`);
  return { status: response.status, data: data as T };
}
