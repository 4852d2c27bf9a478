import { test, expect, Page } from '@playwright/test';
import { admin, pool, ready, signIn, signInAsAdmin, user } from './helpers';

const support = { email: process.env.E2E_SUPPORT_EMAIL!, password: process.env.E2E_SUPPORT_PASSWORD! };
const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';
const consoleGroups = ['admin', 'support', 'viewer'];

/** A server function called the way a hand-made form would, with this page's session. */
async function post(page: Page, fn: string, form: Record<string, string>) {
  return page.request.post(`/api/${fn}`, { form, headers: { Origin: base, Accept: 'application/json' } });
}

async function openUser(page: Page, info: Parameters<typeof ready>[1], email: string) {
  await page.goto(`/pools/${pool.id}/user?name=${encodeURIComponent(email)}`);
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(email);
}

test('@core a support operator cannot make itself or anyone an operator, nor take over an admin', async ({ page, playwright }, info) => {
  await signIn(page, info, support);
  await expect(page).toHaveURL(/\/pools$/);
  await ready(page, info);

  // Its own page: an operator's account, so nothing to change.
  await openUser(page, info, support.email);
  await expect(page.locator('[data-locked]')).toContainText('console operator');
  await expect(page.getByLabel('Add to group')).toHaveCount(0);
  await expect(page.locator('summary', { hasText: 'Set password' })).toHaveCount(0);
  // An admin's page: the same.
  await openUser(page, info, admin.email);
  await expect(page.locator('[data-locked]')).toBeVisible();
  await expect(page.locator('summary', { hasText: /Set password|Reset password|Disable user/ })).toHaveCount(0);
  // An ordinary user: the desk is there, but the picker offers no console group.
  await openUser(page, info, user.email);
  await expect(page.locator('summary', { hasText: 'Reset password' })).toBeVisible();
  const offered = await page.getByLabel('Add to group').locator('option').allTextContents();
  expect(offered.length).toBeGreaterThan(0);
  for (const group of consoleGroups) {
    expect(offered).not.toContain(group);
  }

  // Crafted posts are refused, and change nothing.
  const escalate = await post(page, 'add_user_to_group', { pool_id: pool.id, username: support.email, group: 'admin' });
  expect(escalate.status()).toBe(403);
  const takeover = await post(page, 'set_user_password', {
    pool_id: pool.id, username: admin.email, password: 'Taken-Over-123!', permanent: 'on',
  });
  expect(takeover.status()).toBe(403);
  const viaBulk = await post(page, 'start_bulk_job', {
    pool_id: pool.id, action: 'add', group: 'admin', 'usernames[0]': support.email,
  });
  expect(viaBulk.status()).toBe(403);

  await openUser(page, info, support.email);
  await expect(page.locator('[data-groups] [data-group="admin"]')).toHaveCount(0);
  // The admin still signs in with their own password.
  const other = await playwright.request.newContext({ baseURL: base });
  const login = await other.post('/api/login', {
    form: { username: admin.email, password: admin.password }, headers: { Origin: base, Accept: 'application/json' },
  });
  expect(login.status()).toBe(200);
  await other.dispose();
});

test('@core step-up: a wrong password is shown next to the field, the right one goes back', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const next = `/pools/${pool.id}/clients`;
  await page.goto(`/step-up?next=${encodeURIComponent(next)}`);
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your password');
  await page.getByLabel('Password', { exact: true }).fill('Not-the-password-1');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('[data-field-error="password"]')).toHaveText('The password is not correct.');
  await ready(page, info);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  // A link elsewhere is not followed.
  await page.goto(`/step-up?next=${encodeURIComponent('//evil.example/')}`);
  await ready(page, info);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/pools$/);
});
