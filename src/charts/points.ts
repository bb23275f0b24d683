/**
 * The points of a series with gaps (a null value is a period without a figure): those with a
 * value, and the highest and lowest of them, as every summary and description reads them.
 */

/** The points that have a value, typed so (the gaps left out). */
export const valued = <P extends { value: number | null }>(points: P[]): (P & { value: number })[] =>
  points.filter((p): p is P & { value: number } => p.value !== null);

/** The point with the largest value, the first if tied; `points` must not be empty. */
export const highest = <P extends { value: number }>(points: P[]): P => points.reduce((a, b) => (b.value > a.value ? b : a));

/** The point with the smallest value, the first if tied; `points` must not be empty. */
export const lowest = <P extends { value: number }>(points: P[]): P => points.reduce((a, b) => (b.value < a.value ? b : a));
