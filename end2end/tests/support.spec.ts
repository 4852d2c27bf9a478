import { test, expect, Page, TestInfo } from '@playwright/test';
import { readFileSync } from 'fs';
import { bulkAdd, createUser, freshEmail, jobEnded, pool, ready, signIn, signInAsAdmin } from './helpers';

async function openUser(page: Page, info: TestInfo, email: string) {
  await page.goto(`/pools/${pool.id}/users?attr=email&match=exact&q=${encodeURIComponent(email)}`);
  await ready(page, info);
  await page.getByRole('link', { name: email }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(email);
  await ready(page, info);
}

test('@core support resets a password, moves a user between groups, disables and re-enables', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const email = freshEmail(info, 'support');
  await createUser(page, info, email, 'user');
  await openUser(page, info, email);

  // The MFA card: each factor as the user has it, and what their next sign-in asks.
  const mfa = page.locator('[data-mfa]');
  await expect(mfa.locator('[data-factor]')).toHaveCount(3);
  await expect(mfa.locator('[data-factor="totp"]')).not.toHaveAttribute('data-state', /^on/);
  await expect(mfa.locator('[data-next-sign-in]')).toContainText('sign');

  // Cognito resets only confirmed users: give this new one a permanent password first.
  await page.locator('summary', { hasText: /^Set password$/ }).click();
  // A refusal comes back with the focus on the field it concerns (the post reloaded the page).
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.locator('[data-field-error="password"]')).not.toBeEmpty();
  await expect(page.getByLabel('New password')).toBeFocused();
  await ready(page, info);
  await page.getByLabel('New password').fill('Perm-Pass-456!');
  await page.getByLabel(/Permanent/).check();
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('CONFIRMED').first()).toBeVisible();
  await ready(page, info);

  await page.locator('summary', { hasText: 'Reset password' }).click();
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByText('RESET_REQUIRED').first()).toBeVisible();
  // The answer takes the focus: the keyboard and a screen reader go on from there.
  await expect(page.getByText('Password reset; the user has been sent a code.')).toBeFocused();

  const groups = page.locator('[data-groups]');
  await groups.locator('[data-group="user"]').getByRole('button', { name: 'Remove' }).click();
  await expect(groups.getByText('Not in any group.')).toBeVisible();
  await ready(page, info);
  await groups.getByLabel('Add to group').selectOption('premium');
  await groups.getByRole('button', { name: 'Add' }).click();
  await expect(groups.locator('[data-group="premium"]')).toBeVisible();
  await expect(groups.locator('[data-group="user"]')).toHaveCount(0);

  await ready(page, info);
  await page.locator('summary', { hasText: 'Disable user' }).click();
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(page.getByText('Disabled', { exact: true }).first()).toBeVisible();
  await ready(page, info);
  await page.getByRole('button', { name: 'Enable user' }).click();
  await expect(page.locator('summary', { hasText: 'Disable user' })).toBeVisible();
  await expect(page.getByText('Disabled', { exact: true })).toHaveCount(0);
});

test('@core a created user signs in with the temporary password and must change it', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const email = freshEmail(info, 'newadmin');
  const temporary = await createUser(page, info, email, 'admin');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, info, { email, password: temporary });
  await expect(page).toHaveURL(/\/login\/new-password$/);
  await ready(page, info);
  await expect(page.locator('[data-password-rules]')).toContainText('At least 8 characters');
  await page.getByLabel('New password', { exact: true }).fill('Chosen-Pass-456!');
  await page.getByLabel('Repeat the new password').fill('Chosen-Pass-456!');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page).toHaveURL(/\/pools$/);
  await expect(page.locator('[data-operator]')).toHaveText(email);
});

test('groups are listed by precedence and the admin group cannot be deleted', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${pool.id}/groups`);
  const names = await page.locator('[data-table="groups"] tbody tr td:nth-child(2)').allTextContents();
  expect(names.slice(0, 5)).toEqual(['admin', 'moderator', 'premium', 'user', 'readonly']);
  await page.goto(`/pools/${pool.id}/group?name=admin`);
  await ready(page, info);
  await page.locator('summary', { hasText: 'Delete group' }).click();
  await page.getByLabel('Type admin to confirm').fill('admin');
  await page.getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be deleted');
});

test('bulk: add the selected users to a group and see each outcome', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const a = freshEmail(info, 'bulk-a');
  const b = freshEmail(info, 'bulk-b');
  await createUser(page, info, a, 'user');
  await createUser(page, info, b, 'moderator');
  const job = await bulkAdd(page, info, 'bulk-', [a, b], 'moderator');
  await expect(job).toHaveAttribute('data-job-state', 'finished');
  await expect(job.locator('[data-job-counts]')).toHaveText('1 done, 1 already so, 0 failed.');
  await expect(page.locator('[data-table="job-items"] tbody tr')).toHaveCount(2);
});

test('export: all users of the pool as CSV, from the users page to the file', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${pool.id}/users`);
  await ready(page, info);
  await page.getByLabel('Export as').selectOption('csv');
  await page.getByRole('button', { name: 'Export all users' }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]+$/);
  await ready(page, info);
  await expect(await jobEnded(page, info)).toHaveAttribute('data-job-state', 'finished');
  // The job goes on without the page: it is listed, and its page shows it again.
  await page.goto('/jobs');
  await ready(page, info);
  await page.locator('[data-table="jobs"] a', { hasText: 'Export all users (CSV)' }).first().click();
  await ready(page, info);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-job-download]').click()]);
  expect(download.suggestedFilename()).toMatch(/^pooldesk-users-.*\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.split('\r\n')[0]).toContain('name,given_name,family_name');
  expect(text).toContain(',cognito:username,');
});

test('@core a new user left without a password gets a generated one, shown once on the page the form comes back to', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const email = freshEmail(info, 'generated');
  const password = await createUser(page, info, email, 'user');
  expect(password).toMatch(/^\S{12,}$/);
  // Shown once: the page's next visit does not have it.
  await page.reload();
  await expect(page.locator('[data-generated-password]')).toHaveCount(0);
});

test('a form posts once: a second click while the first is on its way sends nothing', async ({ page }, info) => {
  test.skip(info.project.name !== 'js', 'without JavaScript the browser alone decides what a second click does');
  await signInAsAdmin(page, info);
  const name = `once-${Date.now()}`;
  await page.goto(`/pools/${pool.id}/groups`);
  await ready(page, info);
  // The post is held for a second on its way, as on a slow link: the second click lands meanwhile.
  let posts = 0;
  await page.route('**/api/create_group', async (route) => {
    posts += 1;
    await new Promise((done) => setTimeout(done, 1000));
    await route.continue();
  });
  await page.locator('summary', { hasText: 'Create a group' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  // Both clicks in the page itself: Playwright's own would wait for the first navigation.
  const busy = await page.getByRole('button', { name: 'Create group' }).evaluate(async (button: HTMLButtonElement) => {
    button.click();
    await new Promise((done) => setTimeout(done, 200));
    button.click();
    return button.getAttribute('aria-busy');
  });
  expect(busy).toBe('true');
  await expect(page.getByText('Group created.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(posts).toBe(1);
});

test('keyboard: / searches, g then g opens the groups, ? lists the shortcuts and Escape closes them; a skip link leads to the content', async ({ page }, info) => {
  test.skip(info.project.name !== 'js', 'shortcuts are keys the page listens for');
  await signInAsAdmin(page, info);
  await page.goto(`/pools/${pool.id}/users`);
  await ready(page, info);
  await page.keyboard.press('/');
  await expect(page.locator('input[type=search]')).toBeFocused();
  await page.locator('input[type=search]').press('Escape');
  await page.locator('main').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('g');
  await page.keyboard.press('g');
  await expect(page).toHaveURL(new RegExp(`/pools/${pool.id}/groups$`));
  await ready(page, info);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('@core the theme: the browser\'s by default, a choice kept across pages and reloads, printing light', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme');
  const cardBackground = () => page.locator('header').evaluate((e) => getComputedStyle(e).backgroundColor);
  const light = await cardBackground();

  await page.locator('[data-theme-switch]').getByRole('link', { name: 'Dark' }).click();
  await expect(page).toHaveURL(/\/pools$/);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-theme-choice="dark"]')).toHaveAttribute('aria-current', 'true');
  const dark = await cardBackground();
  expect(dark).not.toEqual(light);
  await page.goto(`/pools/${pool.id}/users`);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  expect(await cardBackground()).toEqual(light);
  await page.emulateMedia({ media: 'screen' });

  // Back to the browser's preference, on the page it was chosen from.
  await page.locator('[data-theme-switch]').getByRole('link', { name: 'System' }).click();
  await expect(page).toHaveURL(new RegExp(`/pools/${pool.id}/users$`));
  await expect(html).not.toHaveAttribute('data-theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await cardBackground()).toEqual(dark);
});

test('@core auf Deutsch: the support desk resets a password, moves a user between groups, disables and re-enables', async ({ page }, info) => {
  await signInAsAdmin(page, info);
  const email = freshEmail(info, 'deutsch');
  await createUser(page, info, email, 'user');
  await page.locator('[data-lang-switch]').getByRole('link', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Benutzerpools' })).toBeVisible();
  await openUser(page, info, email);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The account desk's cards speak German too.
  await expect(page.locator('[data-mfa]')).toContainText('Authenticator-App (TOTP)');
  await expect(page.locator('[data-next-sign-in]')).toContainText('Passwort');
  await expect(page.locator('[data-identities] h2')).toHaveText('Verknüpfte Identitäten');
  await expect(page.locator('[data-sign-ins] h2')).toHaveText('Anmeldeverlauf');
  await expect(page.getByText('Vorname (given_name)').first()).toBeVisible();

  await page.locator('summary', { hasText: /^Passwort festlegen$/ }).click();
  // What the server writes is German too: the pool's password policy refuses a short one.
  await page.getByLabel('Neues Passwort').fill('short');
  await page.getByRole('button', { name: 'Passwort festlegen' }).click();
  await expect(page.locator('[data-field-error="password"]')).toContainText('Verwenden Sie mindestens');
  await ready(page, info);
  await page.getByLabel('Neues Passwort').fill('Perm-Pass-456!');
  await page.getByLabel(/Dauerhaft/).check();
  await page.getByRole('button', { name: 'Passwort festlegen' }).click();
  await expect(page.getByText('Passwort festgelegt.')).toBeVisible();
  await ready(page, info);

  await page.locator('summary', { hasText: 'Passwort zurücksetzen' }).click();
  await page.getByRole('button', { name: 'Passwort zurücksetzen' }).click();
  await expect(page.getByText('RESET_REQUIRED').first()).toBeVisible();
  await expect(page.getByText('Passwort zurückgesetzt; der Benutzer hat einen Code erhalten.')).toBeVisible();

  const groups = page.locator('[data-groups]');
  await groups.locator('[data-group="user"]').getByRole('button', { name: 'Entfernen' }).click();
  await expect(groups.getByText('In keiner Gruppe.')).toBeVisible();
  await ready(page, info);
  await groups.getByLabel('Zu Gruppe hinzufügen').selectOption('premium');
  await groups.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(groups.locator('[data-group="premium"]')).toBeVisible();

  await ready(page, info);
  await page.locator('summary', { hasText: 'Benutzer deaktivieren' }).click();
  await page.getByRole('button', { name: 'Deaktivieren', exact: true }).click();
  await expect(page.getByText('Deaktiviert', { exact: true }).first()).toBeVisible();
  await ready(page, info);
  await page.getByRole('button', { name: 'Benutzer aktivieren' }).click();
  await expect(page.locator('summary', { hasText: 'Benutzer deaktivieren' })).toBeVisible();

  // A missing user is a 404 said in German; another pool's tab reads German as well.
  const missing = await page.goto(`/pools/${pool.id}/user?name=${encodeURIComponent(`nobody-${email}`)}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('alert').filter({ hasText: 'Der Benutzer wurde nicht gefunden.' }).first()).toBeVisible();
  await page.goto(`/pools/${pool.id}/advisor`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Empfehlungen');

  // The choice stays across a reload; English is one click away.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.locator('[data-lang-switch]').getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Advisor');
  // 日本語 too: the switch names each language in itself.
  await page.locator('[data-lang-switch]').getByRole('link', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('アドバイザー');
  await page.locator('[data-lang-switch]').getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
