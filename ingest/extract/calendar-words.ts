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
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
