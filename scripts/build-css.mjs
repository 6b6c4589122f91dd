// Inlines the @import lines of packages/react/src/styles.css into one dist/styles.css.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const src = resolve('src/styles.css');
const inline = (file) =>
  readFileSync(file, 'utf8').replace(/@import\s+['"](.+?)['"];/g, (_, rel) => inline(resolve(dirname(file), rel)));
mkdirSync('dist', { recursive: true });
writeFileSync('dist/styles.css', inline(src));
