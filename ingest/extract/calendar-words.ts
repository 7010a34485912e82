/** The names of months and weekdays, lower case: read by the date rules (dates.ts) and by the place rules that must not take them for names (context.ts, places.ts). */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** Months as datelines abbreviate them ("Nov 14 (Reuters)"), in calendar order. */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
