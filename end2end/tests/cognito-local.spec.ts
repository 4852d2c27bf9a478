import { test, expect } from '@playwright/test';
import { bulkAdd, createUser, freshEmail, loginTestSignsInTheUser, pool, ready, signInAsAdmin, user } from './helpers';

// The core flows against cognito-local (the second local Cognito), run only by the
// `E2E_BACKEND=cognito-local` phase of scripts/test.sh. Its pool comes from the same
// `pooldesk bootstrap`, which skips the domain and the resource server there (unsupported).

test('@core on cognito-local: sign in, search users, make a group, add a member, read the summary', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await expect(page.getByRole('link', { name: pool.name })).toBeVisible();

  await page.goto(`/pools/${pool.id}/users?attr=email&match=prefix&q=${encodeURIComponent(user.email.slice(0, 4))}`);
  await ready(page, info);
  await expect(page.getByRole('link', { name: user.email })).toBeVisible();

  const group = `cl-${info.project.name}-${Date.now()}`;
  await page.goto(`/pools/${pool.id}/groups`);
  await ready(page, info);
  await page.locator('summary', { hasText: 'Create a group' }).click();
  await page.getByLabel('Name', { exact: true }).fill(group);
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.locator('[data-table="groups"]')).toContainText(group);

  await page.goto(`/pools/${pool.id}/user?name=${encodeURIComponent(user.email)}`);
  await ready(page, info);
  const groups = page.locator('[data-groups]');
  await groups.getByLabel('Add to group').selectOption(group);
  await groups.getByRole('button', { name: 'Add' }).click();
  await expect(groups.locator(`[data-group="${group}"]`)).toBeVisible();

  // An operation cognito-local lacks is named, never "try again later".
  await ready(page, info);
  await page.locator('summary', { hasText: 'Reset password' }).click();
  await page.getByRole('button', { name: 'Reset password' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'does not support' });
  await expect(alert).toContainText('This Cognito endpoint cannot');
  await expect(alert).toContainText('AdminResetUserPassword');
  await expect(page.getByText(/try again later/i)).toHaveCount(0);

  // A page of what cognito-local lacks says so instead of the list.
  await page.goto(`/pools/${pool.id}/identity-providers`);
  await ready(page, info);
  await expect(page.locator('[data-providers-unavailable]')).toContainText('does not support ListIdentityProviders');

  await page.goto(`/pools/${pool.id}/summary`);
  await ready(page, info);
  await expect(page.locator('[data-summary="clients"]')).toContainText('MyApp-UserAuth');
  await expect(page.locator('[data-summary="identity-pools"] [data-unlisted]')).toContainText('could not be listed');
});

test('on cognito-local: bulk adds the selected users to a group', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const a = freshEmail(info, 'clbulk-a');
  const b = freshEmail(info, 'clbulk-b');
  await createUser(page, info, a, 'user');
  await createUser(page, info, b, 'user');
  const job = await bulkAdd(page, info, 'clbulk-', [a, b], 'moderator');
  await expect(job.locator('[data-job-counts]')).toHaveText('2 done, 0 already so, 0 failed.');
});

test('on cognito-local: the login test signs the user in and verifies the tokens', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await loginTestSignsInTheUser(page, info);
});
