import type { DatePrecision, PlacePrecision, PloverType } from "@/lib/vocabulary";
import type { RegionId } from "@/geo/types";

/** An article that passed the input rules (ingest/article-input.ts), as it is stored. */
export interface ArticleInput {
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
  body: string;
}

/** Everything found is tied to a span of the body: `body.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface PlaceMention extends Span {
  name: string;
  country: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  /** Gazetteer id, e.g. "geonames:170654". */
  placeId: string;
  coordinateSource: string;
  /** How the name was read as this entry, and the next best entry of that name. */
  resolution?: { how: string; runnerUp?: string };
}

export interface RegionMention extends Span {
  region: RegionId;
}

export interface ActorMention extends Span {
  actor: string;
}

export interface DateMention extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  precision: DatePrecision;
}

/**
 * A date the text gives that only a publication day could fix ("on Friday", "in December", "today"), and what it
 * does say of the day. Another stored report of the same happening may fix it (db/queries/incidents.ts dateByOtherReports).
 */
export interface RelativeDate extends Span {
  /** 0 Sunday … 6 Saturday: "on Friday". */
  weekday?: number;
  /** 1–12: "in December", "on March 10". */
  month?: number;
  /** 1–31, with `month`: "on March 10". */
  day?: number;
  /** The month the article is dated to when it has no day (its URL's /2025/07/): the day falls in it or in the week before. */
  within?: string;
}

/** A relative date's precision: a month ("in December") or a day (all else). */
export const precisionOfRelative = (when: RelativeDate): "day" | "month" =>
  when.month !== undefined && when.day === undefined ? "month" : "day";

/** How an event's reason for its date opens when its sentence states none ("date: no date stated: the publication month"). */
export const DATE_NOT_STATED = "no date stated: ";

export interface ExtractedEvent {
  type: PloverType;
  date: string;
  datePrecision: DatePrecision;
  /** True when no date was stated and the publication date stands in. */
  dateAssumed: boolean;
  place: string;
  placeId: string;
  country: string;
  placePrecision: PlacePrecision;
  coordinateSource: string;
  lat: number;
  lon: number;
  /** ACLED geo precision: 1 town, 2 near / part of a region, 3 region or country. */
  geoPrecision: 1 | 2 | 3;
  /** Actor ids, initiator first. */
  actors: string[];
  evidence: { start: number; end: number; text: string };
  /** Later sentences of the article that report the same happening again (ingest/extract/events.ts). */
  restatedIn?: { start: number; end: number; text: string }[];
  /** The words that made it an event, for the reviewer. */
  trigger: string;
  /** Said as due later ("will visit", "is scheduled to meet"): dated when due. */
  planned: boolean;
  /** How sure the extractor is, 0–1: drafts are reviewed least sure first (ingest/extract/events.ts confidenceOf). */
  confidence: number;
  /** Why it was drafted: the trigger, how the place was resolved (and the runner-up), where the date came from. */
  reasons: string[];
}

/**
 * A happening told with a date the article cannot fix without its publication day ("made a trip to Damascus on
 * Friday", in an article that gives no day): stored only once another report of it dates it (db/queries/ingest.ts).
 */
export type UndatedEvent = Omit<ExtractedEvent, "date" | "dateAssumed"> & { when: RelativeDate };

export interface ArticleMeta {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

/** The extractor's answer for one article (docs/extraction.md). */
export interface Extraction {
  article: ArticleMeta;
  places: PlaceMention[];
  regions: RegionMention[];
  actors: ActorMention[];
  dates: DateMention[];
  events: ExtractedEvent[];
  /** Happenings whose date needs the publication day the article lacks. */
  undated: UndatedEvent[];
  /** Problems worth a reviewer's attention, e.g. relative dates left unresolved. */
  warnings: string[];
}
