/**
 * A bounded cache of a pure function of a string: the same cells, actor names and durations come back
 * in every document of a batch. At `limit` entries it starts afresh (no per-document state is kept).
 */
export function memo<T>(cache: Map<string, T>, key: string, fn: (k: string) => T, limit: number): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = fn(key);
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}
