import { test, expect } from '@playwright/test';
import { ready, signInAsAdmin } from './helpers';

// The account desk's devices and sign-in history, against fakecloud (moto has neither), run
// only by the `E2E_BACKEND=fakecloud` phase of scripts/test.sh. Its pool comes from
// scripts/seed_account_desk.py: a user per project with three sign-ins, one failed, and two
// remembered devices.
const deskPool = process.env.E2E_DESK_POOL_ID!;

test('@core the support desk forgets a lost device and says a failed sign-in was not the user', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${deskPool}/user?name=traveller-${info.project.name}`);
  await ready(page, info);

  const devices = page.locator('[data-devices]');
  await expect(devices.locator('[data-device-tracking]')).toContainText('a new device must pass MFA');
  await expect(devices.locator('[data-device]')).toHaveCount(2);
  const laptop = devices.locator('[data-device]', { hasText: 'Laptop' });
  await laptop.getByRole('button', { name: 'Forget' }).click();
  await expect(page.locator('[data-devices]').getByRole('status')).toHaveText('Device forgotten.');
  await expect(page.locator('[data-devices] [data-device]')).toHaveCount(1);
  await expect(page.locator('[data-devices]')).not.toContainText('Laptop');

  await ready(page, info);
  const history = page.locator('[data-sign-ins]');
  await expect(history.locator('[data-source="cognito"]')).toHaveCount(4);
  // The operator's own action on the account, beside the sign-ins, saying where it came from.
  await expect(history.locator('[data-source="console"][data-action="forget_device"]')).toContainText('Pooldesk');
  const failed = history.locator('[data-source="cognito"][data-result="Fail"]');
  await expect(failed).toHaveCount(1);
  await failed.getByRole('button', { name: 'Was not the user' }).click();
  await expect(page.locator('[data-sign-ins]').getByRole('status')).toHaveText('Feedback recorded.');
  await expect(page.locator('[data-sign-ins] [data-result="Fail"] [data-feedback]')).toHaveText('Said not to be the user');
});
