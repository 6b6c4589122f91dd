import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// youthchat-server (`npm run api`) listens on 8787; the page calls /api on its own origin, and Vite
// passes those requests on, in `vite` (dev) and `vite preview` alike.
const api = process.env.YOUTHCHAT_API_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': api } },
  preview: { proxy: { '/api': api } },
});
