// Debian's headless Chromium driven by playwright-core, shared by the panel scripts: a fresh
// profile, page errors and console errors collected as problems, screenshots into `out`.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIMEOUT = 15000;

/** `ignore(text)` says which console errors are expected (4xx answers always are). */
export async function openBrowser(out, ignore = () => false) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'panel-chromium-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1200, height: 800 },
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = context.pages()[0] || (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && !ignore(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('dialog', (d) => d.accept());
  const shot = (name) => page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  return { context, page, problems, shot };
}

/** Signs in to the panel at `url` with the login form. */
export async function signIn(page, url, username, password, account = 'office') {
  await page.goto(url);
  await page.getByLabel('Account name').fill(account);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Whether the page is wider than the viewport (a phone screen must not scroll sideways). */
export const overflows = (page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
