/**
 * Date arithmetic of the timeline: months of the histogram to date ranges and back, and
 * the playback's step from one window to the next. Pure (UTC days as YYYY-MM-DD).
 */
export type PlayStep = "week" | "month";

export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  return toDay(timeOf(day) + days * DAY_MS);
}

/** The first and last day of a YYYY-MM month. */
export function monthRange(month: string): DateRange {
  const [year, monthNumber] = month.split("-").map(Number);
  return { from: `${month}-01`, to: toDay(Date.UTC(year, monthNumber, 0)) };
}

/** The months from one to another (either order) as one range: what a brush over the bars selects. */
export function rangeOfMonths(first: string, second: string): DateRange {
  const [start, end] = first <= second ? [first, second] : [second, first];
  return { from: monthRange(start).from, to: monthRange(end).to };
}

/** One window of playback starting on `from`: seven days, or to the same day next month less one. */
export function windowFrom(from: string, step: PlayStep): DateRange {
  if (step === "week") return { from, to: addDays(from, 6) };
  const [year, month, day] = from.split("-").map(Number);
  // Date.UTC rolls over month ends: 31 January + 1 month is 3 March, so clamp to the month's last day.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return { from, to: addDays(toDay(Date.UTC(year, month, Math.min(day, lastDay))), -1) };
}

/**
 * The window after `current`, or null once it would start after `lastDay` (playback ends).
 * Without a current range, playback starts at `firstDay`.
 */
export function nextWindow(current: Partial<DateRange>, step: PlayStep, firstDay: string, lastDay: string): DateRange | null {
  const from = current.from && current.to ? addDays(current.to, 1) : firstDay;
  return from > lastDay ? null : windowFrom(from, step);
}
