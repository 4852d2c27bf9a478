import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { admin, jobEnded, pool, ready, signInAsAdmin } from './helpers';

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
  const name = `E2E-Copy-${info.project.name}-${Date.now()}`;
  await page.goto('/pools/new');
  await ready(page, info);
  await page.getByLabel('Pool name').fill(name);
  await page.getByRole('button', { name: 'Create user pool' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const copyId = new URL(page.url()).pathname.split('/')[2];
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
