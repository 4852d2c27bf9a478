import { expect, Page, TestInfo } from '@playwright/test';

export const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };
export const user = { email: process.env.E2E_USER_EMAIL!, password: process.env.E2E_USER_PASSWORD! };
export const pool = { id: process.env.E2E_POOL_ID!, name: process.env.E2E_POOL_NAME! };

/** Waits until the page can take clicks: hydrated with JavaScript, loaded without. */
export async function ready(page: Page, info: TestInfo) {
  if (info.project.name === 'js') {
    await page.locator('body[data-hydrated]').waitFor();
  } else {
    await page.waitForLoadState('load');
  }
}

export async function signIn(page: Page, info: TestInfo, who: { email: string; password: string }) {
  await page.goto('/login');
  await ready(page, info);
  await page.getByLabel('Email or username').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAsAdmin(page: Page, info: TestInfo) {
  await signIn(page, info, admin);
  await expect(page).toHaveURL(/\/pools$/);
  await ready(page, info);
}
