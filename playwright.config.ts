import { defineConfig } from '@playwright/test';

// Debian's Chromium by default; CHROMIUM_PATH overrides it, and CHROMIUM_PATH=bundled uses
// Playwright's own browser on machines that have one.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SITE = 'http://localhost:4321';
export const HOST = 'http://127.0.0.1:4400';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: SITE,
    launchOptions: {
      executablePath: chromium === 'bundled' ? undefined : chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    { command: 'node scripts/serve.mjs --port 4321', url: `${SITE}/`, reuseExistingServer: !process.env.CI, stdout: 'ignore' },
    { command: 'node e2e/host-server.mjs --port 4400', url: `${HOST}/`, reuseExistingServer: !process.env.CI, stdout: 'ignore' },
  ],
});
