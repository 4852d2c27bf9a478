import { test, expect, Page, TestInfo } from '@playwright/test';
import * as fs from 'fs';
import { loginTestSignsInTheUser, pool, ready, signInAsAdmin, user } from './helpers';

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download]').click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
}

async function openSummary(page: Page, info: TestInfo, query = '') {
  await page.goto(`/pools/${pool.id}/summary${query}`);
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configuration summary');
}

test('@core the configuration summary shows the guide setup and downloads its exports', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await openSummary(page, info);
  await expect(page.locator('[data-setting="Pool id"] code')).toHaveText(pool.id);
  await expect(page.locator('[data-setting="Issuer"] code')).toHaveText(
    new RegExp(`^https://cognito-idp\\.[a-z0-9-]+\\.amazonaws\\.com/${pool.id}$`),
  );
  const credentials = page.locator('[data-client="MyApp-ClientCredentials"]');
  await expect(credentials).toContainText('client_credentials');
  await expect(credentials).toContainText('••••••••');
  await expect(page.locator('[data-table="summary-groups"] tbody tr').first()).toContainText('admin');
  await expect(page.locator('[data-table="summary-users"]')).toContainText(user.email);

  const json = await download(page);
  expect(json.name).toMatch(/summary\.json$/);
  const parsed = JSON.parse(json.text);
  expect(parsed.schema).toBe('pooldesk.summary/1');
  expect(parsed.user_pool.id).toBe(pool.id);
  expect(parsed.app_clients.map((c: { name: string }) => c.name)).toContain('MyApp-UserAuth');
  expect(json.text).not.toContain('client_secret');

  await page.locator('[data-export-format="auth-middleware-0.6"]').click();
  await ready(page, info);
  const oidc = await download(page);
  expect(oidc.name).toMatch(/auth_settings\.py$/);
  expect(oidc.text).toContain('OidcProviderSettings(');
  expect(oidc.text).toContain(`issuer="https://cognito-idp.`);
  await page.locator('[data-export-format="auth-middleware-0.5"]').click();
  await ready(page, info);
  expect((await download(page)).text).toContain(`user_pool_id="${pool.id}"`);
  // A browser will not save a name that starts with a dot (`.env` arrived as `env.txt`).
  await page.locator('[data-export-format="env"]').click();
  await ready(page, info);
  const env = await download(page);
  expect(env.name).toBe(`${pool.name.toLowerCase().replace(/[^a-z0-9]/g, '-')}.env`);
  expect(env.text).toContain(`COGNITO_USER_POOL_ID=${pool.id}`);

  await page.locator('[data-include-secrets]').click();
  await expect(page.locator('[data-secrets-included]')).toBeVisible();
  await expect(page.locator('[data-export-content]')).toContainText('COGNITO_CLIENT_MYAPP_CLIENTCREDENTIALS_SECRET=');
  // The format's link shows the export without secrets again.
  await page.locator('[data-export-format="env"]').click();
  await expect(page.locator('[data-secrets-included]')).toHaveCount(0);
});

test('the advisor finds nothing high in the guide setup and links a finding to its fix', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${pool.id}/advisor`);
  await ready(page, info);
  // The guide's setup has its domain; the test pool is made without deletion protection.
  await expect(page.locator('[data-finding="no-domain"]')).toHaveCount(0);
  await expect(page.locator('[data-finding]', { hasText: 'High' })).toHaveCount(0);
  const finding = page.locator('[data-finding="deletion-protection-off"]');
  await expect(finding).toContainText('Medium');
  await finding.getByRole('link', { name: 'Fix this →' }).click();
  await expect(page).toHaveURL(new RegExp(`/pools/${pool.id}/settings$`));
});

test('the login test signs the seeded user in and shows verified claims', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const form = await loginTestSignsInTheUser(page, info);
  await expect(form.locator('[data-token="id"] [data-groups]')).toHaveText('user');

  await form.getByLabel('Password', { exact: true }).fill('Wrong-Pass-123!');
  await form.getByRole('button', { name: 'Run login test' }).click();
  await expect(form.locator('[data-problem]')).toContainText('Incorrect username or password');

  const cc = page.locator('[data-test="client-credentials"]');
  await cc.getByRole('button', { name: 'Request a token' }).click();
  await expect(cc.locator('[data-outcome="failed"]')).toBeVisible();
});

test('an identity pool is created for the seeded pool and hands out credentials', async ({ page }, info) => {
  const name = `E2E Ids ${Date.now()}`;
  await signInAsAdmin(page, info);
  // The summary links here ("Create one →") while no identity pool uses the pool.
  await page.goto(`/identity-pools/new?pool=${pool.id}`);
  await ready(page, info);
  await expect(page).toHaveURL(/\/identity-pools\/new\?pool=/);
  await page.getByLabel(/Name/).fill(name);
  await page.getByLabel(new RegExp(`^MyApp-UserAuth \\(${pool.id}\\)$`)).check();
  await page.getByRole('button', { name: 'Create identity pool' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await ready(page, info);
  await expect(page.locator('[data-setting="Authflow"]')).toHaveText('Enhanced');

  const test_ = page.locator('[data-test="identity"]');
  await test_.getByLabel('Username').fill(user.email);
  await test_.getByLabel('Password').fill(user.password);
  await test_.getByRole('button', { name: 'Get credentials' }).click();
  const result = page.locator('[data-identity-result]');
  await expect(result.locator('[data-setting="Identity id"]')).toHaveText(/^[a-z0-9-]+:/);
  await expect(result.locator('[data-setting="Secret access key"]')).toHaveText('hidden');

  await page.locator('summary', { hasText: 'Delete this identity pool' }).click();
  await page.getByLabel(`Type ${name} to confirm`).fill(name);
  await page.getByRole('button', { name: 'Delete identity pool' }).click();
  await expect(page).toHaveURL(/\/identity-pools$/);
});

test('the standard blueprint builds a fresh pool whose summary and login test work', async ({ page }, info) => {
  test.setTimeout(90_000);
  const name = `E2E-Blueprint-${Date.now()}`;
  await signInAsAdmin(page, info);
  await page.getByRole('link', { name: 'Apply a blueprint' }).click();
  await ready(page, info);
  const text = await page.locator('[data-blueprint]').inputValue();
  expect(text).toContain('[[clients]]');
  await page
    .locator('[data-blueprint]')
    .fill(text.replace('name = "MyApp-UserPool"', `name = "${name}"`).replace('deletion_protection = true', 'deletion_protection = false'));

  await page.locator('[data-plan-button]').click();
  await expect(page.locator('[data-plan-summary]')).toHaveText('14 change(s) planned. Nothing has been applied.');
  await page.locator('[data-apply-button]').click();
  await expect(page.locator('[data-apply-summary]')).toContainText('Applied: 14 change(s).');
  const adminRow = page.locator('[data-table="apply"] tr', { hasText: 'admin@example.com' }).filter({ hasText: 'temporary password' });
  const temporary = (await adminRow.locator('td').last().textContent())!.replace('temporary password: ', '').trim();
  // A second plan finds nothing to do.
  await page.locator('[data-plan-button]').click();
  await expect(page.locator('[data-plan-summary]')).toHaveText('Nothing to change: the pool matches the blueprint.');

  await page.locator('[data-apply-button]').click();
  await expect(page.locator('[data-apply-summary]')).toContainText('Applied: 0 change(s).');
  await page.getByRole('link', { name: "Open the pool's summary →" }).click();
  await ready(page, info);
  await expect(page.locator('[data-setting="Name"] code')).toHaveText(name);
  const json = JSON.parse((await download(page)).text);
  expect(json.groups.map((g: { name: string }) => g.name)).toEqual(['admin', 'moderator', 'premium', 'user', 'readonly']);

  await page.getByRole('navigation', { name: 'Pool sections' }).getByRole('link', { name: 'Test', exact: true }).click();
  await ready(page, info);
  const form = page.locator('[data-test="login"]');
  await form.getByLabel('App client').selectOption({ label: 'MyApp-UserAuth' });
  await form.getByLabel('Username').fill('admin@example.com');
  await form.getByLabel('Password', { exact: true }).fill(temporary);
  await form.getByRole('button', { name: 'Run login test' }).click();
  await expect(form.locator('[data-outcome="challenge"]')).toContainText('NEW_PASSWORD_REQUIRED');
  // A password is never sent back to the page: type it again with the new one.
  await form.getByLabel('Password', { exact: true }).fill(temporary);
  await form.getByLabel(/New password/).fill('Blueprint-Pass-123!');
  await form.getByRole('button', { name: 'Run login test' }).click();
  await expect(form.locator('[data-token="id"] [data-groups]')).toHaveText('admin');
});
