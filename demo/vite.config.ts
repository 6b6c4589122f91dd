import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { alias } from '../vitest.config.ts';

/**
 * The demo app. `pnpm start` (scripts/start.mjs) runs it with youthchat-server
 * behind `/api`; the aliases serve the packages from `src`, so no build is needed.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias },
  server: {
    // scripts/start.mjs points this at the server it starts.
    proxy: { '/api': process.env.YOUTHCHAT_API_URL ?? 'http://127.0.0.1:8787' },
  },
});
