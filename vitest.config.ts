import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Source aliases so tests and stories run against `src`, not a stale `dist`. */
export const alias = {
  '@youthchat/core': here('./packages/core/src/index.ts'),
  '@youthchat/react/styles.css': here('./packages/react/src/styles.css'),
  '@youthchat/react': here('./packages/react/src/index.ts'),
  '@youthchat/server/node': here('./packages/server/src/node/index.ts'),
  '@youthchat/server': here('./packages/server/src/index.ts'),
};

/**
 * Whether the `unit` and `server` files share one module graph per project (see the projects below). `pnpm test`
 * runs the files that time themselves with YOUTHCHAT_TEST_ISOLATE=1, each in a graph and heap of its own, so that
 * no other file's garbage sways their timings.
 */
const isolate = process.env.YOUTHCHAT_TEST_ISOLATE === '1';

/** Unit tests: the core (stores, engine, policy) and the React components, in jsdom. */
const UNIT = ['test/core/**/*.test.ts', 'test/react/**/*.test.{ts,tsx}'];

/**
 * Unit test files that need a module graph of their own: they check what happens before a language pack
 * loads, or register packs of their own and expect no other pack to be loaded, or time the engine on hostile
 * input (another file's heap would sway their timings).
 */
const UNIT_FRESH = [
  'test/core/chat/engine-loading.test.ts',
  'test/core/moderation/pipeline.test.ts',
  'test/core/report/wording.test.ts',
  'test/core/safety/lang.test.ts',
  'test/core/safety/scrub-loose.test.ts',
  'test/core/safety/screen-growth.test.ts',
  'test/core/safety/scrub-growth.test.ts',
];

/** The system Chromium; Playwright cannot download its own browsers here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Port of the youthchat server the browser tests talk to (through the `/api`
 * proxy). Derived from the process id so parallel runs do not collide.
 */
export const browserApiPort = Number(process.env.YOUTHCHAT_BROWSER_API_PORT ?? 20_000 + (process.pid % 20_000));

/** Port of the fake OpenAI the browser tests' server talks to; browser tests script it through `/fake-openai`. */
export const fakeOpenAIPort = browserApiPort + 1;

/** A fresh browser config per project, so two projects never share one label. */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: chromiumPath,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          // The files share one module graph, so the engine and its packs load once, not once a file.
          isolate,
          // Negated here rather than in `exclude`, which would replace the files a command line excludes.
          include: [...UNIT, ...UNIT_FRESH.map((file) => `!${file}`)],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'unit-fresh',
          environment: 'jsdom',
          include: UNIT_FRESH,
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          // As in 'unit': one module graph for every file. Each test starts its own app, stores and servers.
          isolate,
          include: ['test/server/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        server: {
          // Keep the browser's Host header (the string shorthand rewrites it), so requests from the test page
          // are same-origin to the server, as behind a real reverse proxy, and pass its origin check.
          proxy: {
            '/api': { target: `http://127.0.0.1:${browserApiPort}`, changeOrigin: false },
            '/fake-openai': `http://127.0.0.1:${fakeOpenAIPort}`,
          },
        },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-browser.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          browser: chromium(),
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // The real demo (`pnpm start`) driven through Chromium by Playwright: slow to start on a small machine.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: here('./.storybook') })],
        test: {
          name: 'storybook',
          browser: chromium(),
          setupFiles: ['.storybook/vitest.setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
