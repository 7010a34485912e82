import type { DatePrecision } from "@/lib/vocabulary";
import { foldText } from "../fold-text";
import { REPORTED_JUST_BEFORE } from "./context";
import { PLAN_PHRASE } from "./plan-words";
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "./calendar-words";
import type { DateMention, RelativeDate } from "@/lib/extraction-types";

const MONTH = `(${MONTHS.join("|")}|(?:${MONTH_ABBREVIATIONS.join("|")})\\.?)`;
/**
 * Words that may lead into a date ("since early", "by the end of"): at most three, so a
 * body of "in in in …" is read in linear time (an unbounded run made each position rescan the rest).
 */
const PREFIX =
  "(?:(?:on|in|since|by|until|from|during|last|this|early|mid|late|earlier|later|the end of|the beginning of|the start of|the middle of|earlier in|later in|early in|late in)[\\s-]+){0,3}";

const pad = (value: number) => String(value).padStart(2, "0");
const iso = (date: Date) => date.toISOString().slice(0, 10);
const monthIndex = (word: string) => {
  const key = word.toLowerCase().replace(".", "").slice(0, 3);
  return MONTH_ABBREVIATIONS.indexOf(key);
};

/** What a relative date says of its day when nothing fixes it: a weekday, a month, a month's day, or only that it is a day. */
type DayClues = Pick<RelativeDate, "weekday" | "month" | "day">;

interface Rule {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, published: Date) => { value: string; precision: DatePrecision } | null;
  /** What the match says of its day without a publication date; none when it says too little to find the day by. */
  clues?: (match: RegExpExecArray) => DayClues;
}

/** The most recent `weekday` on or before the publication day (news reports the past). */
function lastWeekday(published: Date, weekday: number, strictlyBefore: boolean): Date {
  const date = new Date(published);
  let back = (published.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date;
}

/** The next `weekday` after the publication day: what a plan is due on ("will meet … on Wednesday"). */
function nextWeekday(published: Date, weekday: number): Date {
  const date = new Date(published);
  date.setUTCDate(date.getUTCDate() + ((weekday - published.getUTCDay() + 7) % 7 || 7));
  return date;
}

/** Words in a weekday's clause before it that make it a day ahead: "will meet", "is scheduled to visit". */
const FUTURE_BEFORE = new RegExp(String.raw`\b${PLAN_PHRASE}\b`, "i");

/** Whether the weekday at `match` is in a clause about what is yet to happen. */
function isAhead(match: RegExpExecArray): boolean {
  const before = match.input.slice(Math.max(0, match.index - 120), match.index);
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1);
  // A weekday right after a reporting verb is the day of the report, past whatever the clause says.
  return FUTURE_BEFORE.test(clause) && !REPORTED_JUST_BEFORE.test(clause);
}

/** A month a plan is due in: the next such month, this one included. */
function upcomingMonth(published: Date, month: number): string {
  return `${published.getUTCFullYear() + (month < published.getUTCMonth() ? 1 : 0)}-${pad(month + 1)}`;
}

/** A month named without a year: the most recent such month on or before publication ("last": strictly before). */
function recentMonth(published: Date, month: number, strictlyBefore: boolean): string {
  let year = published.getUTCFullYear();
  if (month > published.getUTCMonth() || (strictlyBefore && month === published.getUTCMonth())) year -= 1;
  return `${year}-${pad(month + 1)}`;
}

function shiftMonth(published: Date, months: number): string {
  const date = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + months, 1));
  return iso(date).slice(0, 7);
}

/** How far after publication a day named without a year is still this year's: a visit announced for "Nov. 10". */
const DAYS_AHEAD = 31;

/** A day date; without a year, the one nearest before publication, or a month at most after it (later ones are last year's). */
function dayDate(published: Date, month: number, day: number, year?: string): { value: string; precision: DatePrecision } | null {
  if (day < 1 || day > 31) return null;
  let resolvedYear = year ? Number(year) : published.getUTCFullYear();
  if (!year && Date.UTC(resolvedYear, month, day) > published.getTime() + DAYS_AHEAD * 86_400_000) resolvedYear -= 1;
  return { value: `${resolvedYear}-${pad(month + 1)}-${pad(day)}`, precision: "day" };
}

const RULES: Rule[] = [
  {
    // "March 10, 2025", "on March 10", "Oct. 3"
    pattern: new RegExp(`\\b${PREFIX}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d:])`, "gi"),
    resolve: (match, published) => dayDate(published, monthIndex(match[1]), Number(match[2]), match[3]),
    clues: (match) => ({ month: monthIndex(match[1]) + 1, day: Number(match[2]) }),
  },
  {
    // "10 March 2025", "on 10 March"
    pattern: new RegExp(`\\b${PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, "gi"),
    resolve: (match, published) => dayDate(published, monthIndex(match[2]), Number(match[1]), match[3]),
    clues: (match) => ({ month: monthIndex(match[2]) + 1, day: Number(match[1]) }),
  },
  {
    // "last December", "in January", "March 2025", "late October"
    pattern: new RegExp(`\\b${PREFIX}${MONTH}(?:,?\\s+(\\d{4}))?\\b(?!\\s+\\d)`, "gi"),
    resolve: (match, published) => {
      const month = monthIndex(match[1]);
      if (match[1].toLowerCase().startsWith("may") && !/\b(in|since|by|until|last|early|mid|late|of)\s+may/i.test(match[0]) && !match[2])
        return null;
      if (match[2]) return { value: `${match[2]}-${pad(month + 1)}`, precision: "month" };
      const last = /\blast\s/i.test(match[0]);
      // "is set to visit Baghdad in mid-November": a plan's month is the next such one.
      if (!last && isAhead(match)) return { value: upcomingMonth(published, month), precision: "month" };
      return { value: recentMonth(published, month, last), precision: "month" };
    },
    clues: (match) => ({ month: monthIndex(match[1]) + 1 }),
  },
  {
    // "on Friday", "last Thursday"
    pattern: new RegExp(`\\b(?:(?:on|last|this|since|by|until|early|late)\\s+)?(${WEEKDAYS.join("|")})\\b`, "gi"),
    resolve: (match, published) => {
      const weekday = WEEKDAYS.indexOf(match[1].toLowerCase());
      const last = /^last\s/i.test(match[0]);
      if (!last && isAhead(match)) return { value: iso(nextWeekday(published, weekday)), precision: "day" };
      return { value: iso(lastWeekday(published, weekday, last)), precision: "day" };
    },
    clues: (match) => ({ weekday: WEEKDAYS.indexOf(match[1].toLowerCase()) }),
  },
  {
    // "today", "earlier this morning", "tonight"; "yesterday", "last night" the day before.
    pattern: /\b(?:(?:earlier|later)\s+)?(yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b/gi,
    resolve: (match, published) => {
      const date = new Date(published);
      if (/^(?:yesterday|last\s)/i.test(match[1])) date.setUTCDate(date.getUTCDate() - 1);
      return { value: iso(date), precision: "day" };
    },
    // A day, and only that: found by another report only within the month the article is dated to.
    clues: () => ({}),
  },
  {
    // A week cannot be written as YYYY-MM-DD: "earlier this week" is the month it falls in.
    // "next month": a plan's time, ahead.
    pattern: /\b(?:(?:earlier|later|late|early)\s+)?(this|last|past|previous|next|coming)\s+(week|weekend|month|year)\b/gi,
    resolve: (match, published) => {
      const when = match[1].toLowerCase();
      const unit = match[2].toLowerCase();
      const back = when === "this" ? 0 : when === "next" || when === "coming" ? -1 : 1;
      if (unit === "year") return { value: String(published.getUTCFullYear() - back), precision: "year" };
      if (unit === "month") return { value: shiftMonth(published, -back), precision: "month" };
      const date = new Date(published);
      date.setUTCDate(date.getUTCDate() - 7 * back);
      return { value: iso(date).slice(0, 7), precision: "month" };
    },
  },
  {
    // "over the weekend": the one just past, Saturday and Sunday, so the month it falls in.
    pattern: /\b(?:over|during|at)\s+the\s+weekend\b/gi,
    resolve: (_match, published) => {
      const saturday = new Date(published);
      saturday.setUTCDate(saturday.getUTCDate() - ((published.getUTCDay() + 1) % 7));
      return { value: iso(saturday).slice(0, 7), precision: "month" };
    },
  },
  {
    // "in 1963", "late 2024", "since 2011": a plain year that is not part of a number or measure.
    pattern: new RegExp(
      `(?<![\\d,.$€£-])\\b${PREFIX}((?:19|20)\\d{2})\\b(?![\\d,.]\\d|\\s*(?:km|kilomet|people|troops|soldiers|%|percent))`,
      "gi",
    ),
    resolve: (match) => ({ value: match[1], precision: "year" }),
  },
];

/** Dates found, and what could not be resolved without a publication date. */
export interface FoundDates {
  dates: DateMention[];
  /** Relative expressions ("on Friday") left unresolved because the article has no date. */
  unresolved: string[];
  /** Those of them that say something of their day ("on Friday": a Friday), for another report to fix. */
  relative: RelativeDate[];
}

/** What the dates are read against: the publication day, or only its month (a URL's /2025/04/). */
export type DateReference = { day: string } | { month: string };

/** Rules that need the very day of publication ("on Friday", "yesterday", "this week"). */
const needsDay = (rule: Rule) => RULES.indexOf(rule) >= 3 && rule !== RULES[RULES.length - 1];

const NUMBER_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** "a day after", "three days later", "two days ago": days counted from another date. */
const DAY_OFFSET = new RegExp(`\\b(${NUMBER_WORDS.join("|")}|\\d{1,2}) days? (ago|later|earlier|after)\\b`, "gi");

/**
 * Time expressions resolved against the publication date (or, failing that, the month a
 * URL dates the article to: then days and months resolve, weekdays do not). Without either,
 * only absolute dates ("10 March 2025", "in 2024") resolve; relative ones are listed.
 * Offsets in days count from the publication day ("two days ago", and "a day after", whose
 * clause happened that many days before the report) or from the date last mentioned
 * ("three days later").
 */
export function findDates(body: string, reference: DateReference | string | undefined): FoundDates {
  const folded = foldText(body);
  const anchor = typeof reference === "string" ? { day: reference } : reference;
  const publishedDay = anchor && "day" in anchor ? new Date(`${anchor.day}T00:00:00Z`) : null;
  // With only a month known, the month's last day stands for "now" when a year must be inferred.
  const monthEnd =
    anchor && "month" in anchor ? new Date(Date.UTC(Number(anchor.month.slice(0, 4)), Number(anchor.month.slice(5, 7)), 0)) : null;
  const found: DateMention[] = [];
  const unresolved: string[] = [];
  const relative: RelativeDate[] = [];
  const within = anchor && "month" in anchor ? anchor.month : undefined;
  // Which characters an earlier match has claimed: checking a span costs its own length, not the number of matches.
  const claimed = new Uint8Array(folded.length);
  const free = (start: number, end: number) => !claimed.subarray(start, end).includes(1);
  const claim = (start: number, end: number) => claimed.fill(1, start, end);
  for (const rule of RULES) {
    for (const match of folded.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (!free(start, end)) continue;
      const absolute = rule === RULES[RULES.length - 1] || /\d{4}/.test(match[0]);
      const against = publishedDay ?? (needsDay(rule) ? null : monthEnd);
      if (!against && !absolute) {
        // "may" the verb is no month, whatever the day it is read against.
        if (!rule.resolve(match as RegExpExecArray, new Date(0))) continue;
        unresolved.push(body.slice(start, end));
        claim(start, end);
        const clues = rule.clues?.(match as RegExpExecArray);
        // "today" says only that it is a day: one of any day in years would be a guess, one of a month's days is not.
        if (clues && (Object.keys(clues).length || within))
          relative.push({ start, end, text: body.slice(start, end), ...clues, ...(within && clues.month === undefined && { within }) });
        continue;
      }
      const resolved = rule.resolve(match as RegExpExecArray, against ?? new Date(0));
      if (!resolved) continue;
      claim(start, end);
      found.push({ start, end, text: body.slice(start, end), ...resolved });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const dayDates = found.filter((date) => date.precision === "day");
  let dayDatesBefore = 0;
  // "a day after …, three days later": an offset counts from the latest day date, a resolved offset included.
  let lastOffset: DateMention | undefined;
  for (const match of folded.matchAll(DAY_OFFSET)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const count = NUMBER_WORDS.includes(match[1].toLowerCase())
      ? Math.max(1, NUMBER_WORDS.indexOf(match[1].toLowerCase()))
      : Number(match[1]);
    const direction = match[2].toLowerCase();
    // Offsets come in text order, so the dates before this one only grow: one pass over them in all.
    while (dayDatesBefore < dayDates.length && dayDates[dayDatesBefore].end <= start) dayDatesBefore += 1;
    const stated = dayDates[dayDatesBefore - 1];
    const previous = lastOffset && (!stated || lastOffset.start > stated.start) ? lastOffset : stated;
    const from = direction === "later" || direction === "earlier" ? previous && new Date(`${previous.value}T00:00:00Z`) : publishedDay;
    if (!from) {
      unresolved.push(body.slice(start, end));
      continue;
    }
    const days = direction === "later" ? count : -count;
    lastOffset = { start, end, text: body.slice(start, end), value: iso(new Date(from.getTime() + days * 86_400_000)), precision: "day" };
    found.push(lastOffset);
    claim(start, end);
  }
  return { dates: found.sort((a, b) => a.start - b.start), unresolved, relative };
}
