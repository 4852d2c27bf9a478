import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The background-networking flags keep it from
// calling out of this machine's closed network.
const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

// `E2E_BACKEND=cognito-local` or `fakecloud`: only the flows made for that local Cognito (its
// own seeded pool and console); otherwise everything else, against moto.
const ownSpec: Record<string, string> = {
  'cognito-local': 'cognito-local.spec.ts',
  fakecloud: 'account-desk.spec.ts',
};
const only = ownSpec[process.env.E2E_BACKEND ?? ''];

export default defineConfig({
  testDir: './tests',
  testMatch: only ?? '*.spec.ts',
  testIgnore: only ? [] : Object.values(ownSpec),
  // Generous: two Chromiums, the console and moto share 2 cores, and the support flows take
  // a dozen steps. One retry, reported as "flaky" by Playwright, so a slow moment on a busy
  // machine does not fail CI while a real regression (failing twice) still does.
  timeout: 60_000,
  retries: 1,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100',
    launchOptions,
    trace: 'off',
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    // Core flows again without JavaScript: forms must work before (and without) hydration.
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@core/ },
  ],
});
