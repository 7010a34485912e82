/**
 * "Compare the front lines of two dates": the dashboard's `compare=D1,D2` parameter, read the same
 * way by the URL state and by a briefing saved from that URL.
 */
export interface Comparison {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The parameter's two days, or why it is not understood. */
export function parseComparison(value: string): { ok: true; comparison: Comparison } | { ok: false; error: string } {
  const [from, to, ...rest] = value.split(",");
  const isDay = (day: string | undefined) => day !== undefined && DAY.test(day) && !Number.isNaN(Date.parse(day));
  if (rest.length || !isDay(from) || !isDay(to))
    return { ok: false, error: 'invalid parameter "compare": expected two days, YYYY-MM-DD,YYYY-MM-DD' };
  if (from >= to) return { ok: false, error: `invalid parameter "compare": ${from} must be before ${to}` };
  return { ok: true, comparison: { from, to } };
}

export const writeComparison = ({ from, to }: Comparison) => `${from},${to}`;

/** "SDF-held north and east: −4,210 km²": the sign always shown, a true minus sign. */
export function formatNetKm2(km2: number): string {
  const magnitude = Math.abs(km2).toLocaleString("en", { maximumFractionDigits: 1 });
  return `${km2 > 0 ? "+" : km2 < 0 ? "−" : "±"}${magnitude} km²`;
}
