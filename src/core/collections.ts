// Filling a set from a list by index, not with for-of: the timeline's lists of targets are frozen and
// shared, and for-of over a frozen array allocates an iterator result per element, which on large plans
// is garbage by the million.

/** Adds every element of `list` to `set`, and returns `set`. */
export function addEach<T>(set: Set<T>, list: readonly T[]): Set<T> {
  for (let i = 0; i < list.length; i++) set.add(list[i] as T);
  return set;
}
