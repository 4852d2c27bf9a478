import { expect, Page, test, TestInfo } from '@playwright/test';
import { admin, axeFindings as findings, pool, ready, user } from './helpers';

async function visit(page: Page, info: TestInfo, path: string, scripts: 'with' | 'without') {
  await page.goto(path);
  if (scripts === 'with') await ready(page, info);
  else await page.waitForLoadState('load');
}

// axe-core runs in the page, so the test runs with JavaScript; the pass "without it" blocks the
// built script and wasm, which leaves each page as the server rendered it (no island hydrated).
// Both themes (the dark one as the browser's preference, `prefers-color-scheme`, which the console
// follows when the operator chose none) and English and German (German as the browser's
// `Accept-Language`): four runs in which every pair of the three choices meets; and Japanese once.
const variants = [
  { scripts: 'with', colorScheme: 'light', locale: 'en-US' },
  { scripts: 'with', colorScheme: 'dark', locale: 'de-DE' },
  { scripts: 'without', colorScheme: 'light', locale: 'de-DE' },
  { scripts: 'without', colorScheme: 'dark', locale: 'en-US' },
  { scripts: 'with', colorScheme: 'dark', locale: 'ja-JP' },
] as const;
for (const { scripts, colorScheme, locale } of variants) {
  test(`no page has a serious or critical accessibility finding, ${scripts} the console's script, ${colorScheme}, ${locale} (axe-core)`, async ({ browser }, info) => {
    test.skip(info.project.name !== 'js', 'axe-core needs JavaScript in the page; the second variant blocks the console\'s own');
    test.setTimeout(240_000);
    const context = await browser.newContext({ colorScheme, locale });
    if (scripts === 'without') await context.route('**/pkg/**', (route) => route.abort());
    const page = await context.newPage();
    const found: string[] = [];

    // The login page, signed out, then every page of the seeded pool and the console's own.
    await visit(page, info, '/login', scripts);
    found.push(...(await findings(page, '/login')));
    // By name: the labels are in the variant's language.
    await page.locator('input[name="username"]').fill(admin.email);
    await page.locator('input[name="password"]').fill(admin.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/pools$/);
    const p = `/pools/${pool.id}`;
    await visit(page, info, `${p}/clients`, scripts);
    const client = await page.locator('[data-table="clients"] a').first().getAttribute('href');
    const paths = [
      '/pools',
      '/pools/new',
      p,
      `${p}/settings`,
      `${p}/users`,
      `${p}/users/new`,
      `${p}/user?name=${encodeURIComponent(user.email)}`,
      `${p}/groups`,
      `${p}/group?name=user`,
      `${p}/clients`,
      `${p}/clients/new`,
      client!,
      `${p}/domain`,
      `${p}/resource-servers`,
      `${p}/identity-providers`,
      `${p}/summary`,
      `${p}/analytics`,
      `${p}/advisor`,
      `${p}/threat-protection`,
      `${p}/test`,
      `${p}/backup`,
      `${p}/import`,
      '/blueprint',
      '/identity-pools',
      `/identity-pools/new?pool=${pool.id}`,
      '/audit',
      '/jobs',
      '/step-up',
      '/no-such-page',
    ];
    for (const path of paths) {
      await visit(page, info, path, scripts);
      found.push(...(await findings(page, path)));
    }
    await context.close();
    expect(found, found.join('\n')).toEqual([]);
  });
}
