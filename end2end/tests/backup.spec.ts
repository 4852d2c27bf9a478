import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { admin, jobEnded, newPool, pool, ready, signInAsAdmin } from './helpers';

test('@core backup and restore: back the pool up, plan it into a new pool, restore, plan again', async ({ page }, info) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${pool.id}/backup`);
  await ready(page, info);
  await page.getByRole('button', { name: 'Back up this pool' }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  const backupId = page.url().split('/').pop()!;
  await ready(page, info);
  await expect(await jobEnded(page, info)).toHaveAttribute('data-job-state', 'finished');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-job-download]').click()]);
  expect(download.suggestedFilename()).toMatch(/^pooldesk-backup-.*\.json$/);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(doc.schema).toBe('pooldesk.backup/1');
  expect(doc.config.groups.map((g: { name: string }) => g.name)).toContain('admin');
  expect(doc.users.some((u: { attributes: Record<string, string> }) => u.attributes.email === admin.email)).toBe(true);

  // A copy: a new pool, the backup planned into it, restored, and planned again.
  const copyId = await newPool(page, info, 'E2E-Copy');
  await page.goto(`/pools/${copyId}/backup`);
  await ready(page, info);
  await page.getByLabel('Backup', { exact: true }).selectOption(backupId);
  await page.getByRole('button', { name: 'Plan the restore' }).click();
  await ready(page, info);
  await expect(page.locator('[data-plan-summary]')).toContainText('change(s) planned');
  const creates = page.locator('[data-table="plan"] tr[data-step="create"]');
  await expect(creates.getByRole('cell', { name: admin.email, exact: true })).toHaveCount(1);
  await expect(creates.getByRole('cell', { name: `${admin.email} → admin`, exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  const job = await jobEnded(page, info);
  await expect(job).toHaveAttribute('data-job-state', 'finished');
  await expect(job.locator('[data-job-counts]')).toContainText(' 0 failed.');
  await page.goto(`/pools/${copyId}/backup?backup=${backupId}`);
  await ready(page, info);
  await expect(page.locator('[data-plan-summary]')).toHaveText('Nothing to change: the pool matches the backup.');
});

test('@core import: a CSV checked row by row, refused while a row is wrong, then imported', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const poolId = await newPool(page, info, 'E2E-Import');
  await page.goto(`/pools/${poolId}/users`);
  await ready(page, info);
  await page.getByRole('link', { name: 'Import from CSV' }).click();
  await ready(page, info);
  const csv = page.getByLabel('CSV', { exact: true });
  await csv.fill('email,given_name\nada@example.com,Ada\nnot-an-email,Bad\n');
  // The check comes back with the row report and the file still in its field.
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.locator('[data-import-summary]')).toContainText('1 to create, 0 to update, 0 already so, 1 in error.');
  await expect(page.locator('[data-table="import"] tr[data-row="error"]')).toContainText('is not an email address');
  await expect(csv).toHaveValue('email,given_name\nada@example.com,Ada\nnot-an-email,Bad\n');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('[data-field-error="csv"]')).toContainText('1 row(s) cannot be imported, so nothing was: line 3');
  await csv.fill('email,given_name\nada@example.com,Ada\n');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  const job = await jobEnded(page, info);
  await expect(job).toHaveAttribute('data-job-state', 'finished');
  await expect(job.locator('[data-job-counts]')).toHaveText('1 done, 0 already so, 0 failed.');
});

test('@core a job reloaded mid-run shows its progress, then its whole report', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const poolId = await newPool(page, info, 'E2E-Reload');
  await page.goto(`/pools/${poolId}/import`);
  await ready(page, info);
  // 30 users: 6 s at the test console's 5 creations a second.
  const rows = Array.from({ length: 30 }, (_, i) => `reload-${i}@example.com,Reload`).join('\n');
  await page.getByLabel('CSV', { exact: true }).fill(`email,given_name\n${rows}\n`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  const section = page.locator('[data-job-state]');
  await expect(section).toHaveAttribute('data-job-state', /queued|running/);
  await page.reload();
  await ready(page, info);
  await expect(section).toHaveAttribute('data-job-state', /queued|running|finished/);
  await expect(page.locator('[data-job-progress]')).toBeVisible();
  const job = await jobEnded(page, info);
  await expect(job).toHaveAttribute('data-job-state', 'finished');
  await expect(job.locator('[data-job-counts]')).toHaveText('30 done, 0 already so, 0 failed.');
  await expect(page.locator('[data-table="job-items"] tbody tr')).toHaveCount(30);
});
