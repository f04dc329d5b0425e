/** Calendar months of dates written YYYY-MM-DD (TR387, TR388). */

/** The first day of the month of a date. */
export const eersteDag = (datum: string): string => `${datum.slice(0, 7)}-01`;

/** The last day of the month of a date. */
export function laatsteDag(datum: string): string {
  const d = new Date(Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)), 0));
  return Number.isNaN(d.getTime()) ? datum : d.toISOString().slice(0, 10);
}

/** True when two dates lie in the same calendar month. */
export const zelfdeMaand = (a: string, b: string): boolean => a.slice(0, 7) === b.slice(0, 7);
