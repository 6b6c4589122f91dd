import { gzippedSize as gzipped, kb } from './size.ts';
import type { Bench, BenchRow } from './types.ts';

const keep = (names: string, from: string) =>
  `import { ${names} } from '${from}'; (globalThis as any).__keep = [${names}];`;

/** What `AIDisclosure` costs an app, and where the bytes come from. */
const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const whole = await gzipped(keep('AIDisclosure', '@youthchat/react'));
  rows.push({
    group: 'disclosure',
    name: 'AIDisclosure with its dependencies (Radix Dialog included), min+gzip',
    value: kb(whole),
    note: 'React external',
  });
  const radix = await gzipped(
    `import * as D from '@radix-ui/react-dialog'; (globalThis as any).__keep = [D.Root, D.Portal, D.Overlay, D.Content, D.Title, D.Description, D.Close];`,
  );
  rows.push({
    group: 'disclosure',
    name: '  of which @radix-ui/react-dialog',
    value: kb(radix),
    note: `${Math.round((radix / whole) * 100)}%`,
  });
  const text = await gzipped(keep('resolveDisclosure', '@youthchat/core'));
  rows.push({
    group: 'disclosure',
    name: '  of which the text: 4 bands × en, es, fr, de, with validation',
    value: kb(text),
    note: `${Math.round((text / whole) * 100)}%`,
  });
  const hook = await gzipped(keep('useAIDisclosure', '@youthchat/react'));
  rows.push({ group: 'disclosure', name: 'useAIDisclosure alone (no dialog), min+gzip', value: kb(hook) });
  return rows;
};

export default bench;
