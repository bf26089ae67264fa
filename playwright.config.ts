import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright may not download its own browser here.
const executablePath = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const port = Number(process.env.E2E_PORT ?? 3100);

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
  webServer: {
    command: `npx serve out --listen ${port} --config ../serve.json --no-clipboard`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
  },
});
