import { useCallback, useRef, useState } from 'react';

export interface LogLine {
  id: number;
  line: string;
}

/** The newest `limit` lines of a callback log shown on the page. */
export function useLog(limit = 8): [lines: LogLine[], log: (line: string) => void] {
  const next = useRef(0);
  const [lines, setLines] = useState<LogLine[]>([]);
  const log = useCallback(
    (line: string) => {
      const id = next.current++;
      setLines((previous) => [...previous, { id, line }].slice(-limit));
    },
    [limit],
  );
  return [lines, log];
}
