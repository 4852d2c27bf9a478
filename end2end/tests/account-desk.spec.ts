import { test, expect } from '@playwright/test';
import { axeFindings, ready, signInAsAdmin } from './helpers';

// The account desk's devices and sign-in history, against fakecloud (moto has neither), run
// only by the `E2E_BACKEND=fakecloud` phase of scripts/test.sh. Its pool comes from
// scripts/seed_account_desk.py: a user per project with three sign-ins, one failed, and two
// remembered devices, and a linked Google identity; threat protection in audit mode, on the
// Plus plan.
const deskPool = process.env.E2E_DESK_POOL_ID!;

test('@core the support desk forgets a lost device, says a failed sign-in was not the user, links a second identity', async ({ page }, info) => {
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

  // "I now have two accounts": the Google identity is there; another one is linked.
  await ready(page, info);
  const identities = page.locator('[data-identities]');
  await expect(identities.locator(`[data-identity="Google:google-traveller-${info.project.name}"]`)).toBeVisible();
  await identities.locator('summary', { hasText: 'Link an identity' }).click();
  await identities.getByLabel('Identity provider').selectOption('Google');
  await identities.getByLabel("The user's id at the provider (sub)").fill(`second-${info.project.name}`);
  await identities.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.locator('[data-identities]').getByRole('status')).toHaveText("Identity linked: its next sign-in is this user's.");
});

test('@core an admin sets threat protection to full function and blocks an address range', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${deskPool}/threat-protection`);
  await ready(page, info);
  await expect(page.locator('[data-feature-plan]')).toContainText('Plus');
  await page.getByLabel('Change to').selectOption('ENFORCED');
  await page.getByRole('button', { name: 'Save mode' }).click();
  await expect(page.locator('[data-section="Mode"]').getByRole('status')).toHaveText('Mode saved.');
  await expect(page.locator('[data-threat-mode]')).toHaveAttribute('data-threat-mode', 'ENFORCED');

  await ready(page, info);
  const form = page.locator('[data-risk-form]');
  await form.getByLabel('Sign-in', { exact: true }).check();
  await form.getByLabel('High risk').selectOption('BLOCK');
  await form.getByLabel('Always block these address ranges').fill('203.0.113.0/33');
  await form.getByRole('button', { name: 'Save for the pool' }).click();
  // A bad range is refused next to its field, and not saved. (The other project may have saved
  // the good one meanwhile: both run on this pool.)
  await expect(page.locator('[data-field-error="blocked_ips"]')).toContainText('not an address range');
  await expect(page.locator('[data-blocked-ips]')).not.toContainText('203.0.113.0/33');
  await ready(page, info);
  await page.locator('[data-risk-form]').getByLabel('Always block these address ranges').fill('203.0.113.0/24');
  await page.locator('[data-risk-form]').getByRole('button', { name: 'Save for the pool' }).click();
  await expect(page.locator('[data-risk-form]').getByRole('status')).toHaveText('Threat protection settings saved.');
  await expect(page.locator('[data-blocked-ips]')).toHaveText('Always blocked: 203.0.113.0/24');
  await expect(page.locator('[data-risk-config]')).toContainText('High risk: Block');
});

test('the account desk\'s pages have no serious or critical accessibility finding (axe-core)', async ({ page }, info) => {
  test.skip(info.project.name !== 'js', 'axe runs in the page');
  await signInAsAdmin(page, info);
  const found: string[] = [];
  for (const path of [`/pools/${deskPool}/user?name=traveller-js`, `/pools/${deskPool}/threat-protection`]) {
    await page.goto(path);
    await ready(page, info);
    found.push(...(await axeFindings(page, path)));
  }
  expect(found, found.join('\n')).toEqual([]);
});
