import { test, expect, Page, TestInfo } from '@playwright/test';
import { pool, ready, signInAsAdmin } from './helpers';

function unique(info: TestInfo) {
  return `${info.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e4)}`;
}

function setting(page: Page, name: string) {
  return page.locator(`[data-setting="${name}"]`);
}

/** Opens a disclosure (a <details>) unless it is open already: a page that reloads its data
 * keeps the element, and its open state, when nothing about it changed. */
async function disclose(page: Page, summary: string) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').click();
  }
}

async function openTab(page: Page, info: TestInfo, name: string) {
  await page.getByRole('navigation', { name: 'Pool sections' }).getByRole('link', { name, exact: true }).click();
  await ready(page, info);
}

test('@core an operator builds the guide infrastructure from the browser', async ({ page }, info) => {
  test.setTimeout(120_000);
  const id = unique(info);
  await signInAsAdmin(page, info);

  // Step 1: a pool with the guide's settings (the form's defaults), plus a custom attribute.
  await page.getByRole('link', { name: 'Create a user pool' }).click();
  await ready(page, info);
  await page.getByLabel('Pool name').fill(`E2E-Pool-${id}`);
  await page.getByLabel('Custom attribute 1 name').fill('tenant');
  await page.getByLabel('Tags').fill('env=e2e');
  await page.getByRole('button', { name: 'Create user pool' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E-Pool-${id}`);
  await ready(page, info);
  const poolUrl = page.url();

  await expect(setting(page, 'Sign-in identifiers')).toHaveText('email as username');
  await expect(setting(page, 'Case-sensitive usernames')).toHaveText('No');
  await expect(setting(page, 'Password minimum length')).toHaveText('8');
  await expect(setting(page, 'Password requires')).toContainText('an uppercase letter');
  await expect(setting(page, 'MFA')).toHaveText('OPTIONAL');
  await expect(setting(page, 'MFA factors')).toHaveText('authenticator app');
  await expect(setting(page, 'Account recovery')).toHaveText('verified_email');
  await expect(setting(page, 'Self sign-up')).toHaveText('Yes');
  await expect(setting(page, 'Verified automatically')).toHaveText('email');
  await expect(setting(page, 'Required attributes')).toContainText('given_name');
  await expect(setting(page, 'Custom attributes')).toContainText('custom:tenant');
  await expect(setting(page, 'Deletion protection')).toHaveText('Active');
  await expect(setting(page, 'Tags')).toHaveText('env=e2e');

  // Step 6: a Cognito domain and a resource server with two scopes.
  await openTab(page, info, 'Domain');
  const prefix = `e2e-${id}`.toLowerCase();
  await page.locator('summary', { hasText: 'Add a domain' }).click();
  await page.getByLabel('Prefix or full domain name').fill(prefix);
  await page.getByRole('button', { name: 'Add domain' }).click();
  await expect(page.locator(`[data-domain="${prefix}"] [data-setting="Hosted UI base URL"]`)).toHaveText(
    new RegExp(`^https://${prefix}\\.auth\\.[a-z0-9-]+\\.amazoncognito\\.com$`),
  );

  await openTab(page, info, 'Resource servers');
  await page.locator('summary', { hasText: 'Add a resource server' }).click();
  await page.getByLabel(/^Identifier/).fill('myapp-api');
  await page.getByLabel('Name', { exact: true }).fill('MyApp API');
  await page.getByRole('button', { name: 'Add resource server' }).click();
  await expect(page.locator('[data-resource-server="myapp-api"]')).toContainText('myapp-api/write');

  // Step 2: both preset clients.
  await openTab(page, info, 'App clients');
  await page.locator('[data-preset="credentials"]').click();
  await ready(page, info);
  await expect(page.getByLabel('myapp-api/read')).toBeChecked();
  await page.getByRole('button', { name: 'Create app client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MyApp-ClientCredentials');
  await expect(setting(page, 'Secret')).toHaveText('Yes (confidential)');
  await expect(setting(page, 'OAuth flows')).toHaveText('client_credentials');
  await expect(setting(page, 'Auth flows')).toHaveText('ALLOW_REFRESH_TOKEN_AUTH');
  await expect(setting(page, 'Scopes')).toHaveText('myapp-api/read, myapp-api/write');
  await expect(page.locator('[data-secret]')).toHaveCount(0);
  await page.locator('[data-reveal-secret]').click();
  await expect(page.locator('[data-secret]')).toHaveText(/^\S{8,}$/);
  // Hidden again by its link, and by any later visit.
  await page.locator('[data-hide-secret]').click();
  await expect(page.locator('[data-secret]')).toHaveCount(0);

  await openTab(page, info, 'App clients');
  await page.locator('[data-preset="user"]').click();
  await ready(page, info);
  await page.getByRole('button', { name: 'Create app client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MyApp-UserAuth');
  await expect(setting(page, 'Secret')).toHaveText('No (public)');
  await expect(setting(page, 'Auth flows')).toHaveText('ALLOW_USER_PASSWORD_AUTH, ALLOW_REFRESH_TOKEN_AUTH');
  await expect(setting(page, 'OAuth flows')).toHaveText('code');
  await expect(setting(page, 'Scopes')).toHaveText('openid, email, profile');
  await expect(setting(page, 'Access token')).toHaveText('60 minutes');
  await expect(setting(page, 'Refresh token')).toHaveText('30 days');

  await openTab(page, info, 'App clients');
  await expect(page.locator('[data-table="clients"]')).toContainText('MyApp-ClientCredentials');
  await expect(page.locator('[data-table="clients"]')).toContainText('MyApp-UserAuth');

  // The overview now shows the domain; an edit of one setting keeps all the others.
  await page.goto(poolUrl);
  await ready(page, info);
  await expect(setting(page, 'Cognito domain')).toContainText(`https://${prefix}.auth.`);
  await openTab(page, info, 'Settings');
  await page.getByLabel(/^Minimum length/).fill('12');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await openTab(page, info, 'Overview');
  await expect(setting(page, 'Password minimum length')).toHaveText('12');
  await expect(setting(page, 'Sign-in identifiers')).toHaveText('email as username');
  await expect(setting(page, 'Custom attributes')).toContainText('custom:tenant');
  await expect(setting(page, 'MFA')).toHaveText('OPTIONAL');
  await expect(setting(page, 'Tags')).toHaveText('env=e2e');
});

test('@core a client-credentials client without a custom scope is refused next to the field', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${pool.id}/clients/new?preset=credentials`);
  await ready(page, info);
  await page.getByLabel('myapp-api/read').uncheck();
  await page.getByLabel('myapp-api/write').uncheck();
  await page.getByRole('button', { name: 'Create app client' }).click();
  await expect(page.locator('[data-field-error="scopes"]')).toHaveText(
    'Client credentials need at least one custom scope from a resource server.',
  );
});

test('deletion protection is checked before a pool is deleted', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const id = unique(info);
  await page.goto('/pools/new');
  await ready(page, info);
  await page.getByLabel('Pool name').fill(`E2E-Protected-${id}`);
  await page.getByRole('button', { name: 'Create user pool' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E-Protected-${id}`);
  await ready(page, info);
  await openTab(page, info, 'Settings');
  await page.locator('summary', { hasText: 'Delete this pool' }).click();
  await page.getByLabel(`Type E2E-Protected-${id} to confirm`).fill(`E2E-Protected-${id}`);
  await page.getByRole('button', { name: 'Delete pool' }).click();
  await expect(page.getByRole('alert')).toContainText('Deletion protection is on');

  await page.getByLabel('Deletion protection').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  // The page reloads the pool after saving: wait for it before deleting again.
  await expect(page.getByText('Deletion protection is on: turn it off')).toHaveCount(0);
  await disclose(page, 'Delete this pool');
  await page.getByLabel(`Type E2E-Protected-${id} to confirm`).fill(`E2E-Protected-${id}`);
  await page.getByRole('button', { name: 'Delete pool' }).click();
  await expect(page).toHaveURL(/\/pools$/);
  await expect(page.getByText(`E2E-Protected-${id}`)).toHaveCount(0);
});
