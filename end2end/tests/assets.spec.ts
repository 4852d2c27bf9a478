import { test, expect, Page } from '@playwright/test';
import { ready } from './helpers';

/** The `/pkg` files a visit loads, and the bytes they took over the network (Chromium's own count). */
async function pkgTransfer(page: Page, visit: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const pkg = new Map<string, string>();
  const files: string[] = [];
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (new URL(e.request.url).pathname.startsWith('/pkg/')) pkg.set(e.requestId, e.request.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const url = pkg.get(e.requestId);
    if (url) {
      files.push(url);
      bytes += e.encodedDataLength;
    }
  });
  await visit();
  await cdp.detach();
  return { files, bytes };
}

test('the built files have content-hashed names, are kept a year, and a revisit loads none of them', async ({ page }, info) => {
  test.skip(info.project.name !== 'js', 'the script and wasm load only with JavaScript');
  const first = await pkgTransfer(page, async () => {
    await page.goto('/login');
    await ready(page, info);
  });
  const names = first.files.map((u) => new URL(u).pathname).sort();
  expect(names.some((n) => n.endsWith('.wasm')), names.join(' ')).toBe(true);
  for (const name of names) {
    expect(name).toMatch(/^\/pkg\/pooldesk(_bg)?\.[A-Za-z0-9_-]{8,}\.(js|wasm|css)$/);
    const res = await page.request.get(name);
    expect(res.headers()['cache-control'], name).toBe('public, max-age=31536000, immutable');
  }
  expect(first.bytes).toBeGreaterThan(0);
  const again = await pkgTransfer(page, async () => {
    await page.goto('/login');
    await ready(page, info);
  });
  expect(again.bytes, `second visit: ${again.files.join(' ')}`).toBe(0);
});
