import type { DatePrecision } from "@/lib/vocabulary";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-12" (month) → "December 2024 (month precision)"; a day date reads "17 October 2025". */
export function formatEventDate(value: string, precision: DatePrecision | string, start?: string, end?: string): string {
  const [year, month, day] = value.split("-");
  if (precision === "year") return `${year} (year precision)`;
  if (precision === "week") return `${formatEventDate(start ?? value, "day")} – ${formatEventDate(end ?? value, "day")} (week precision)`;
  const monthName = MONTHS[Number(month) - 1];
  if (precision === "month") return `${monthName} ${year} (month precision)`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A stored YYYY-MM-DD publication date as "17 October 2025", or "undated". */
export function formatPublished(value: string | null): string {
  return value ? formatEventDate(value, "day") : "undated";
}
