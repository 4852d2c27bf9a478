import { expect, Page, test, TestInfo } from '@playwright/test';

export const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };
export const user = { email: process.env.E2E_USER_EMAIL!, password: process.env.E2E_USER_PASSWORD! };
export const pool = { id: process.env.E2E_POOL_ID!, name: process.env.E2E_POOL_NAME! };

// What the browser said, kept for a page that does not hydrate (now and then one does not, and
// passes on the retry: the README's known problems). Declared here, it runs for every spec.
const browserSaid = new WeakMap<Page, string[]>();
test.beforeEach(async ({ page }) => {
  const lines: string[] = [];
  browserSaid.set(page, lines);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') lines.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => lines.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => lines.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
});

/** Waits until the page can take clicks: hydrated with JavaScript, loaded without. */
export async function ready(page: Page, info: TestInfo) {
  if (info.project.name !== 'js') {
    await page.waitForLoadState('load');
    return;
  }
  try {
    await page.locator('body[data-hydrated]').waitFor({ timeout: 30_000 });
  } catch (e) {
    const state = await page
      .evaluate(() => ({ readyState: document.readyState, end: document.documentElement.outerHTML.slice(-300) }))
      .catch(() => null);
    const said = (browserSaid.get(page) ?? []).join('\n');
    throw new Error(`${page.url()} did not hydrate in 30 s\n${said}\n${JSON.stringify(state)}\n${e}`);
  }
}

export async function signIn(page: Page, info: TestInfo, who: { email: string; password: string }) {
  await page.goto('/login');
  await ready(page, info);
  await page.getByLabel('Email or username').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAsAdmin(page: Page, info: TestInfo) {
  await signIn(page, info, admin);
  await expect(page).toHaveURL(/\/pools$/);
  await ready(page, info);
}
