"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { DrawnParts } from "@/geo/drawn-area";
import type { DrawTool, RegionDrawingSpec } from "../map/use-region-drawing";

/** A sentence of a stored article picked as a drawing's source (the article panel's selection). */
export interface CitedSentence {
  articleId: number;
  start: number;
  end: number;
  quote: string;
}

/** What is being drawn: a new version of a region (from the version on the map) or a new region. */
export interface DrawingTarget {
  /** Null for a new region: the form asks for its id. */
  regionId: string | null;
  regionName: string;
  baseVersion: number | null;
  initial: DrawnParts;
}

/** While a region is drawn, the article panel's selection can be cited for it. */
export const CiteSentenceContext = createContext<((sentence: CitedSentence) => void) | null>(null);

export function useCiteSentence(): ((sentence: CitedSentence) => void) | null {
  return useContext(CiteSentenceContext);
}

/** The dashboard's drawing: what is drawn, the parts so far, the tool in hand, the sentences cited. */
export function useDrawingSession() {
  const [target, setTarget] = useState<DrawingTarget | null>(null);
  const [parts, setParts] = useState<DrawnParts>({ add: [], cut: [] });
  const [tool, setTool] = useState<DrawTool>("edit");
  const [sentences, setSentences] = useState<CitedSentence[]>([]);
  const [problemAt, setProblemAt] = useState<[number, number] | null>(null);

  const start = useCallback((next: DrawingTarget) => {
    setTarget(next);
    setParts(next.initial);
    // A new region starts with a part to draw; a redrawn one with its vertices to move.
    setTool(next.initial.add.length ? "edit" : "add");
    setSentences([]);
    setProblemAt(null);
  }, []);
  const stop = useCallback(() => setTarget(null), []);
  const citeSentence = useCallback(
    (sentence: CitedSentence) =>
      setSentences((current) =>
        current.some((other) => other.articleId === sentence.articleId && other.start === sentence.start && other.end === sentence.end)
          ? current
          : [...current, sentence],
      ),
    [],
  );
  const uncite = useCallback((index: number) => setSentences((current) => current.filter((_, at) => at !== index)), []);
  const onChange = useCallback((next: DrawnParts) => {
    setParts(next);
    setProblemAt(null);
    // After a part is closed the analyst most often adjusts it: hand back the editing tool.
    setTool("edit");
  }, []);

  const spec = useMemo<RegionDrawingSpec | null>(
    () => (target ? { initial: target.initial, tool, onChange } : null),
    [target, tool, onChange],
  );
  return { target, start, stop, spec, parts, tool, setTool, sentences, citeSentence, uncite, problemAt, setProblemAt };
}

export type DrawingSession = ReturnType<typeof useDrawingSession>;
