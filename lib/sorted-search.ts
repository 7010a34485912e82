/**
 * The first index of a sorted list at which `past` holds (it holds for every later item too), or the
 * list's length: a binary search, for the long lists of a large article or a weighted draw.
 */
export function firstIndex<T>(sorted: T[], past: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (past(sorted[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}
