import AxeBuilder from '@axe-core/playwright';
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

/** axe-core's findings on the page as it is now, serious and critical only, one line each. */
export async function axeFindings(page: Page, path: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

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

/** A fresh address per test and project, so that parallel runs never share a user. */
export function freshEmail(info: TestInfo, label: string) {
  return `${label}-${info.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Creates a user through the console and returns the temporary password it will sign in with. */
export async function createUser(page: Page, info: TestInfo, email: string, group: string): Promise<string> {
  await page.goto(`/pools/${pool.id}/users/new`);
  await ready(page, info);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Given name').fill('Test');
  await page.getByLabel('Family name').fill('Person');
  await page.getByLabel('Initial group').selectOption(group);
  await page.getByRole('button', { name: 'Create user' }).click();
  const generated = page.locator('[data-generated-password]');
  await expect(generated).toBeVisible();
  return (await generated.textContent())!.trim();
}

/** Waits on a job's page until the job has ended and returns its status section. The page
 * reloads itself while the job runs (a refresh meta tag, with or without JavaScript): a reload
 * of the test's own would race it (`net::ERR_ABORTED`). */
export async function jobEnded(page: Page, _info: TestInfo) {
  const section = page.locator('[data-job-state]');
  for (let i = 0; i < 120; i++) {
    const state = await section.getAttribute('data-job-state');
    if (state && state !== 'running' && state !== 'queued') return section;
    await page.waitForTimeout(500);
  }
  throw new Error('the job did not end within a minute');
}

/** Selects `emails` on the users page (searched by `prefix`), adds them to `group` in a bulk
 * job, and returns the job's status section once it has ended. */
export async function bulkAdd(page: Page, info: TestInfo, prefix: string, emails: string[], group: string) {
  await page.goto(`/pools/${pool.id}/users?attr=email&match=prefix&q=${prefix}&size=60`);
  await ready(page, info);
  for (const email of emails) {
    await page.getByLabel(`Select ${email}`).check();
  }
  await page.getByLabel('Bulk action').selectOption('add');
  await page.getByLabel('Bulk group').selectOption(group);
  const apply = info.project.name === 'no-js' ? /^Apply to selected/ : new RegExp(`Apply to selected \\(${emails.length}\\)`);
  await page.getByRole('button', { name: apply }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  return jobEnded(page, info);
}

/** Runs the test console's user login for the seeded user through MyApp-UserAuth and waits for
 * verified tokens; returns the form. */
export async function loginTestSignsInTheUser(page: Page, info: TestInfo) {
  await page.goto(`/pools/${pool.id}/test`);
  await ready(page, info);
  const form = page.locator('[data-test="login"]');
  await form.getByLabel('App client').selectOption({ label: 'MyApp-UserAuth' });
  await form.getByLabel('Username').fill(user.email);
  await form.getByLabel('Password', { exact: true }).fill(user.password);
  await form.getByRole('button', { name: 'Run login test' }).click();
  await expect(form.locator('[data-outcome="signed-in"]')).toBeVisible();
  await expect(form.locator('[data-token="id"] [data-verified="true"]')).toBeVisible();
  return form;
}

/** What `visit` took over the network, as Chromium counts it: every byte (`all`), and the `/pkg`
 *  files and their bytes. With `cpuSlower` the page's CPU runs that many times slower. */
export async function transfer(page: Page, visit: () => Promise<void>, cpuSlower = 1) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (cpuSlower !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlower });
  const urls = new Map<string, string>();
  const seen = { all: 0, pkg: 0, pkgFiles: [] as string[] };
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    seen.all += e.encodedDataLength;
    const url = urls.get(e.requestId);
    if (url && new URL(url).pathname.startsWith('/pkg/')) {
      seen.pkgFiles.push(url);
      seen.pkg += e.encodedDataLength;
    }
  });
  await visit();
  await cdp.detach();
  return seen;
}

/** Creates a pool with the form's defaults through the console and returns its id. */
export async function newPool(page: Page, info: TestInfo, prefix: string): Promise<string> {
  const name = `${prefix}-${info.project.name}-${Date.now()}`;
  await page.goto('/pools/new');
  await ready(page, info);
  await page.getByLabel('Pool name').fill(name);
  await page.getByRole('button', { name: 'Create user pool' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname.split('/')[2];
}
