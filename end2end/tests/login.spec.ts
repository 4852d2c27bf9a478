import { test, expect } from '@playwright/test';
import { admin, pool, ready, signIn, signInAsAdmin, user } from './helpers';

test('@core admin signs in and sees the seeded pool and its overview', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await expect(page.locator('[data-operator]')).toHaveText(admin.email);
  const link = page.getByRole('link', { name: pool.name });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/pools/${pool.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pool.name);
  await expect(page.getByText('email as username')).toBeVisible();
  await expect(page.getByText('Contains an uppercase letter, Contains a lowercase letter, Contains a number, Contains a symbol')).toBeVisible();
  await expect(page.getByText('verified_email')).toBeVisible();
});

test('@core a member of another group is refused with the answer a wrong password gets', async ({ page }, info) => {
  await signIn(page, info, user);
  await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.');
  await page.goto('/pools');
  await expect(page).toHaveURL(/\/login$/);
});

test('@core a wrong password gets the generic message', async ({ page }, info) => {
  await signIn(page, info, { email: admin.email, password: 'Not-the-password-1' });
  await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.');
});

test('@core an anonymous visit to a pool page lands on the login page', async ({ page }) => {
  await page.goto(`/pools/${pool.id}`);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('@core signing out ends access', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/pools');
  await expect(page).toHaveURL(/\/login$/);
});

test('pages carry a nonce-based CSP and no session cookie reaches scripts', async ({ page }, info) => {
  const response = await page.goto('/login');
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toContain("'nonce-");
  expect(csp).not.toContain('unsafe-inline');
  await signInAsAdmin(page, info);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
