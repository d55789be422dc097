import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4317);
// The same build in test mode, with the simulator's control routes, on the next port.
const testModePort = port + 1;
const executablePath = findChromium() ?? undefined;

/** Journeys that reset the simulator's clocks or read its request log. */
const NEEDS_SIM_CONTROL = [
  '**/batch.spec.ts',
  '**/clip-details.spec.ts',
  '**/faults.spec.ts',
  '**/lookup.spec.ts',
  '**/real-providers.spec.ts',
];

const serverEnv = {
  SIM_SPEED: process.env.SIM_SPEED ?? '2',
  // The simulator stands in for Suno's public CDN (share links opened with no key).
  VITE_SUNO_CDN_AUDIO: '/sim/media/',
  VITE_SUNO_CDN_IMAGES: '/sim/media/',
  HOST: '127.0.0.1',
  // Signed media links expire after this many seconds, so journeys can watch them heal.
  SIM_SIGNED_TTL: '4',
  // Fault IDs and galleries of many clips, which a deployment's Demo does not have.
  SIM_TEST_TASKS: '1',
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // The app registers its offline shell (sw.js) once idle; journeys see the network as it
    // is, each request logged and none answered from its cache. offline.spec.ts allows it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      // What people get: `npm run build && npm start`, no test hooks.
      name: 'production',
      testIgnore: NEEDS_SIM_CONTROL,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'test-mode',
      testMatch: NEEDS_SIM_CONTROL,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${testModePort}` },
    },
  ],
  // Started in order: the first builds, the second serves the same build.
  webServer: [
    {
      command: 'npm run -s build && npm start',
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      // A self-hosted gcui-art the operator configured on this host: the simulator's dialect.
      env: {
        ...serverEnv,
        PORT: String(port),
        PROXY_GCUI_URL: `http://127.0.0.1:${port}/sim/gcui`,
      },
    },
    {
      command: 'npm start',
      url: `http://127.0.0.1:${testModePort}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, PORT: String(testModePort), SIM_CONTROL: '1' },
    },
  ],
});
