import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { simulatorPlugin } from './sim/vite-plugin.ts';
import { securityHeadersPlugin } from './server/security-headers.ts';
import { proxyPlugin } from './server/proxy.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), simulatorPlugin(), proxyPlugin(), securityHeadersPlugin()],
  // The simulator sets its own CORS headers; Vite's would hide a CDN that refuses them.
  server: { port: 5173, strictPort: false, cors: false },
  preview: { port: 4173, strictPort: false, cors: false },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 400,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['sim/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
