import { defineConfig } from '@playwright/test';
import { FULL_CHROMIUM, testBrowser } from './e2e/browser.ts';
import { HOST, HOST_PORT, SITE, SITE_PORT } from './e2e/origins.ts';

// Debian's Chromium headless shell where installed, else its full Chromium; CHROMIUM_PATH
// overrides both (e2e/browser.ts). npm test stops before this point when there is none.
const chromium = testBrowser() ?? FULL_CHROMIUM;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Two workers: the suite's reference machine (CI) has two cores, and each worker drives a
  // Chromium of its own; more workers than cores only make the timing-sensitive specs flaky.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: SITE,
    launchOptions: {
      executablePath: chromium === 'bundled' ? undefined : chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Fresh servers on the free ports chosen in e2e/origins.ts (never another checkout's server).
  webServer: [
    { command: `node scripts/serve.mjs --port ${SITE_PORT}`, url: `${SITE}/`, reuseExistingServer: false, stdout: 'ignore' },
    { command: `node e2e/host-server.mjs --port ${HOST_PORT}`, url: `${HOST}/`, reuseExistingServer: false, stdout: 'ignore', env: { SITE_ORIGIN: SITE } },
  ],
});
