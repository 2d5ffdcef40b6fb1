/**
 * Puts `value` under `key` in `cache` as its newest entry and drops the oldest entries beyond `max`: a
 * worker's store of matrices, decompositions or models, which would otherwise grow with every setting a reader
 * visits. Example: `keepNewest(cache, 'noisy:256', factors, 3)`.
 */
export function keepNewest<K, V>(cache: Map<K, V>, key: K, value: V, max: number): void {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > max) cache.delete(cache.keys().next().value as K);
}
