/** A highlighted stretch of an article: which events' evidence and which regions' mentions cover it. */
export interface TextSegment {
  start: number;
  end: number;
  eventIds: number[];
  regionIds: string[];
  /** Every event covering it is still a draft. */
  draft: boolean;
  /** Inside the span a search result pointed at. */
  focus: boolean;
}

export interface EventSpan {
  eventId: number;
  start: number;
  end: number;
  status?: string;
}
export interface RegionSpan {
  regionId: string;
  start: number;
  end: number;
}

/**
 * Cuts `length` characters of text at every span boundary, so overlapping spans (an event's
 * sentence containing a region mention) each keep their own highlight. Plain segments have
 * no ids. Spans outside the text are clipped.
 */
export function segmentText(
  length: number,
  eventSpans: EventSpan[],
  regionSpans: RegionSpan[],
  focus?: { start: number; end: number },
): TextSegment[] {
  const clip = (offset: number) => Math.max(0, Math.min(length, offset));
  const cuts = new Set([0, length]);
  for (const span of [...eventSpans, ...regionSpans, ...(focus ? [focus] : [])]) {
    cuts.add(clip(span.start));
    cuts.add(clip(span.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < sorted.length - 1; index += 1) {
    const start = sorted[index];
    const end = sorted[index + 1];
    if (start === end) continue;
    const covers = (span: { start: number; end: number }) => span.start <= start && span.end >= end;
    const covering = eventSpans.filter(covers);
    segments.push({
      start,
      end,
      eventIds: covering.map((span) => span.eventId),
      regionIds: regionSpans.filter(covers).map((span) => span.regionId),
      draft: covering.length > 0 && covering.every((span) => span.status === "draft"),
      focus: focus !== undefined && covers(focus),
    });
  }
  return segments;
}
