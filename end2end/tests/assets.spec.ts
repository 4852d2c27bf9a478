import { test, expect } from '@playwright/test';
import { ready, transfer } from './helpers';

test('the built files have content-hashed names, are kept a year, and a revisit loads none of them', async ({ page }, info) => {
  test.skip(info.project.name !== 'js', 'the script and wasm load only with JavaScript');
  const first = await transfer(page, async () => {
    await page.goto('/login');
    await ready(page, info);
  });
  const names = first.pkgFiles.map((u) => new URL(u).pathname).sort();
  expect(names.some((n) => n.endsWith('.wasm')), names.join(' ')).toBe(true);
  for (const name of names) {
    expect(name).toMatch(/^\/pkg\/pooldesk(_bg)?\.[A-Za-z0-9_-]{8,}\.(js|wasm|css)$/);
    const res = await page.request.get(name);
    expect(res.headers()['cache-control'], name).toBe('public, max-age=31536000, immutable');
  }
  expect(first.pkg).toBeGreaterThan(0);
  const again = await transfer(page, async () => {
    await page.goto('/login');
    await ready(page, info);
  });
  expect(again.pkg, `second visit: ${again.pkgFiles.join(' ')}`).toBe(0);
});
