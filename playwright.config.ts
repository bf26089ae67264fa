import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright may not download its own browser here.
const executablePath = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const port = Number(process.env.E2E_PORT ?? 3100);
// The CouchDB-compatible server e2e/sync.spec.ts syncs through (the next port is that spec's own).
const syncPort = Number(process.env.E2E_SYNC_PORT ?? 3471);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx serve out --listen ${port} --config ../serve.json --no-clipboard`,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx scripts/sync-server.ts --port ${syncPort}`,
      // 401 without credentials: up.
      url: `http://127.0.0.1:${syncPort}/`,
      reuseExistingServer: false,
    },
  ],
});
