import { expect, Page, test } from '@playwright/test';
import { axeFindings, newPool, ready, signInAsAdmin } from './helpers';

/** The open disclosure `summary` inside `within`, opened if it is not. */
async function open(within: ReturnType<Page['locator']>, summary: string) {
  const details = within.locator('details', { has: within.page().locator('summary', { hasText: summary }) }).first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
  return details;
}

test('@core an admin adds, edits and deletes an OpenID Connect provider; its secret is never shown', async ({ page }, info) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page, info);
  const poolId = await newPool(page, info, 'E2E-Federation');
  await page.goto(`/pools/${poolId}/identity-providers`);
  await ready(page, info);
  await expect(page.locator('[data-no-domain]')).toContainText('has no domain');
  await expect(page.getByText('This pool has no identity providers')).toBeVisible();

  // A refusal comes back next to its field, the form as it was typed (but for the secret).
  const add = page.locator('[data-add-provider="OIDC"]');
  await open(add, 'OpenID Connect provider');
  await add.getByLabel(/^Name/).fill('Okta-Corp');
  await add.getByLabel('Client ID').fill('okta-client');
  await add.getByLabel('Client secret').fill('okta-s3cret-e2e');
  await add.getByLabel('Issuer URL').fill('https://example.okta.com');
  await add.getByLabel('Scopes').fill('email profile');
  await add.getByRole('button', { name: 'Add OpenID Connect' }).click();
  await expect(add.locator('[data-field-error="authorize_scopes"]')).toHaveText('An OpenID Connect provider needs the openid scope.');
  await expect(add.getByLabel('Issuer URL')).toHaveValue('https://example.okta.com');
  await add.getByLabel('Client secret').fill('okta-s3cret-e2e');
  await add.getByLabel('Scopes').fill('openid email profile');
  await add.getByRole('button', { name: 'Add OpenID Connect' }).click();

  const card = page.locator('[data-identity-provider="Okta-Corp"]');
  await expect(card).toContainText('OpenID Connect');
  await expect(card).toContainText('https://example.okta.com');
  await expect(card).toContainText('set (never shown)');
  await expect(card).toContainText('No app client offers it yet');
  expect(await page.content()).not.toContain('okta-s3cret-e2e');

  // An edit with the secret left empty keeps it.
  await open(card, 'Edit');
  await card.getByLabel('Client ID').fill('okta-client-2');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
  await expect(card).toContainText('okta-client-2');
  await expect(card).toContainText('set (never shown)');

  if (info.project.name === 'js') {
    const found = await axeFindings(page, `/pools/${poolId}/identity-providers`);
    expect(found, found.join('\n')).toEqual([]);
  }

  // Deleted once its name is typed.
  await open(card, 'Delete');
  await card.getByLabel('Type Okta-Corp to confirm').fill('Okta-Corp');
  await card.getByRole('button', { name: 'Delete identity provider' }).click();
  await expect(page.getByText('This pool has no identity providers')).toBeVisible();
  await expect(page.locator('[data-identity-provider]')).toHaveCount(0);
});
