import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * esbuild's Node targets rewrite a regex literal with `\p{…}` outside a character class into `new RegExp(…)`,
 * which runs again on every call of the function holding it: each call then makes a new pattern that starts
 * interpreted, and an app bundling the server for Node scrubbed several times slower. Written `[\p{…}]` (the
 * same pattern), a literal stays a literal; so must every literal in the packages' sources.
 */
const SOURCES = ['packages/core/src', 'packages/server/src', 'packages/react/src'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const constructed = (code: string) => code.match(/new RegExp\(/g)?.length ?? 0;

describe('regex literals in the sources', () => {
  it('stay literals when bundled for Node', () => {
    const files = SOURCES.flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const rewritten: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const loader = file.endsWith('x') ? 'tsx' : 'ts';
      const forNode = constructed(transformSync(source, { loader, target: 'node22' }).code);
      const asWritten = constructed(transformSync(source, { loader, target: 'es2022' }).code);
      if (forNode !== asWritten) rewritten.push(`${file}: ${forNode - asWritten}`);
    }
    expect(rewritten).toEqual([]);
  });
});
