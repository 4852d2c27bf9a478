import { test, expect } from '@playwright/test';
import { jobEnded, newPool, ready, signInAsAdmin } from './helpers';

// A pool of its own: the shared pool's users page must stay Cognito's for the other tests.
test('@core the index: build it, search by contains, read the analytics, follow a number to its users', async ({ page }, info) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page, info);
  const poolId = await newPool(page, info, 'E2E-Index');
  await page.goto(`/pools/${poolId}/import`);
  await ready(page, info);
  await page.getByLabel('CSV', { exact: true }).fill('email,given_name\nada@example.com,Ada\nbob@example.com,Bob\ncleo@example.com,Adaline\n');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  await expect(await jobEnded(page, info)).toHaveAttribute('data-job-state', 'finished');

  // Without an index the page searches Cognito and offers to build one.
  await page.goto(`/pools/${poolId}/users`);
  await ready(page, info);
  await expect(page.locator('[data-index-offer]')).toBeVisible();
  await page.getByRole('button', { name: 'Build the index' }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  const build = await jobEnded(page, info);
  await expect(build).toHaveAttribute('data-job-state', 'finished');

  // "Contains", which Cognito's own search does not have, case-insensitive.
  await page.goto(`/pools/${poolId}/users`);
  await ready(page, info);
  await expect(page.locator('[data-index-bar]')).toContainText('3 users');
  const form = page.locator('[data-index-search]');
  await form.getByLabel('Attribute').selectOption('given_name');
  await form.getByLabel('Match').selectOption('contains');
  await form.getByLabel('Value').fill('ada');
  await form.getByRole('button', { name: 'Search' }).click();
  await ready(page, info);
  await expect(page.locator('[data-match-count]')).toHaveAttribute('data-match-count', '2');
  await expect(page.locator('[data-table="users"]')).toContainText('ada@example.com');
  await expect(page.locator('[data-table="users"]')).toContainText('cleo@example.com');
  await expect(page.locator('[data-table="users"]')).not.toContainText('bob@example.com');
  expect(new URL(page.url()).search).toContain('op=contains');

  // The search's users, exported: a job, as for the whole pool.
  const searched = page.url();
  await page.getByRole('button', { name: 'Export all matching the search' }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  await expect(await jobEnded(page, info)).toHaveAttribute('data-job-state', 'finished');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Export users matching a search (CSV)');
  await page.goto(searched);
  await ready(page, info);

  // The analytics: every number is a link to its users.
  await page.getByRole('link', { name: 'Analytics', exact: true }).first().click();
  await ready(page, info);
  await expect(page.locator('[data-total]')).toHaveText('3');
  await expect(page.locator('[data-columns="per-day"] svg')).toBeVisible();
  const waiting = page.locator('[data-breakdown="by-status"] tr[data-bar="FORCE_CHANGE_PASSWORD"]');
  await expect(waiting.getByRole('link')).toHaveText('3');
  await waiting.getByRole('link').click();
  await ready(page, info);
  await expect(page.locator('[data-match-count]')).toHaveAttribute('data-match-count', '3');
  expect(new URL(page.url()).search).toContain('status=FORCE_CHANGE_PASSWORD');
});
