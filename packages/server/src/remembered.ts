/**
 * `make`, remembering its answers for recent keys (a client's requests come in
 * runs): at most `max` of them, then it starts again, so the memory stays small.
 */
export function remembered<V>(make: (key: string) => V, max = 4096): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= max) known.clear();
      value = make(key);
      known.set(key, value);
    }
    return value;
  };
}
