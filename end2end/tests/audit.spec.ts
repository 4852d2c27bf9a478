import { test, expect } from '@playwright/test';
import { admin, pool, ready, signIn, signInAsAdmin, user } from './helpers';

const support = { email: process.env.E2E_SUPPORT_EMAIL!, password: process.env.E2E_SUPPORT_PASSWORD! };

test('@core the audit log shows the sign-in, filters it and exports it as CSV', async ({ page }, info) => {
  // The sign-in itself is recorded.
  await signInAsAdmin(page, info);
  await page.goto('/audit');
  await ready(page, info);
  await page.getByLabel('Operator').fill(admin.email);
  await page.getByLabel('Action').selectOption('login');
  await page.getByLabel('Outcome').selectOption('ok');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/action=login/);
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first()).toHaveAttribute('data-action', 'login');
  await expect(rows.first()).toContainText(admin.email);
  await expect(rows.first()).toContainText('127.0.0.1');

  // The export link carries the same filter; the file is the CSV of those rows.
  const href = await page.getByTestId('audit-export').getAttribute('href');
  expect(href).toContain('action=login');
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toContain('time_utc,request_id,operator_sub');
  expect(text).toContain(`,${admin.email},`);
  expect(text).not.toContain(admin.password);

  // A bad time is reported beside its field, the form still filled in.
  await page.goto(`/audit?operator=${encodeURIComponent(admin.email)}&from=yesterday`);
  await ready(page, info);
  await expect(page.getByText('Use YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).')).toBeVisible();
  await expect(page.getByLabel('Operator')).toHaveValue(admin.email);
});

test('@core a support operator sees only what support may do', async ({ page }, info) => {
  await signIn(page, info, support);
  await expect(page).toHaveURL(/\/pools$/);
  await ready(page, info);
  await expect(page.locator('[data-role]')).toContainText('support');
  await expect(page.getByRole('link', { name: 'Audit' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /create/i })).toHaveCount(0);

  await page.goto(`/pools/${pool.id}/user?name=${encodeURIComponent(user.email)}`);
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(user.email);
  // Support actions are there; deleting and editing attributes are not.
  await expect(page.locator('summary', { hasText: 'Reset password' })).toBeVisible();
  await expect(page.getByRole('button', { name: /delete/i })).toHaveCount(0);
  await expect(page.locator('summary', { hasText: /delete/i })).toHaveCount(0);

  // The Audit page itself refuses.
  await page.goto('/audit');
  await ready(page, info);
  await expect(page.getByRole('alert')).toContainText('not allowed');
  const csv = await page.request.get('/audit/export.csv');
  expect(csv.status()).toBe(403);
});
