// A plain user's own view. Run by
// tests/web_user_view.rs, which sets the box up and checks the effects through the API.
// Env: PANEL_URL, PANEL_USER / PANEL_USER_PASSWORD (a priv_level user), PANEL_OUT (screenshots).
// Prints one JSON line.

import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

try {
  await signIn(page, env.PANEL_URL, env.PANEL_USER, env.PANEL_USER_PASSWORD);
  await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
  result.nav = (await page.locator('nav a').allTextContents()).map((x) => x.trim());
  const phone = page.locator('.my-devices li').first();
  await phone.waitFor();
  result.device = (await phone.textContent()).trim();

  // Do not disturb and forwarding: a bad number is refused at the field, then saved.
  await page.getByLabel('Do not disturb').check();
  await page.getByLabel('Forward my calls').selectOption('always');
  await page.getByLabel('Forward to (number)').fill('12ab');
  await page.getByRole('button', { name: 'Save' }).first().click();
  result.forward_error = (await page.locator('#forward_number-error').textContent()).trim();
  await page.getByLabel('Forward to (number)').fill('+14155550177');
  await page.getByLabel('Ring my phones too').check();
  await page.getByRole('button', { name: 'Save' }).first().click();
  result.features_saved = (await page.getByRole('status').textContent()).trim();
  await shot('user-phone');

  // Their voicemail: the message plays in the page and is marked heard.
  await page.getByRole('link', { name: 'Voicemail' }).click();
  const box = page.locator('li[data-vmbox="850"]');
  result.box = (await box.locator('span').textContent()).trim();
  await box.getByRole('button').click();
  const message = page.locator('tr.message').first();
  await message.getByRole('button', { name: 'Play' }).click();
  result.vm_duration = await message.locator('audio').evaluate(
    (a) => new Promise((done) => (a.readyState >= 1 ? done(a.duration) : a.addEventListener('loadedmetadata', () => done(a.duration))))
  );
  await message.getByRole('button', { name: 'Mark heard' }).click();
  await message.locator('.folder', { hasText: 'Heard' }).waitFor();
  await shot('user-voicemail');

  // Their calls only.
  await page.getByRole('link', { name: 'My calls' }).click();
  await page.locator('tr.call').first().waitFor();
  result.calls = await page.locator('tr.call').evaluateAll((rows) => rows.map((r) => r.dataset.call));
  await shot('user-calls');

  // An admin's screen asked for by address shows the user's own home instead.
  await page.goto(env.PANEL_URL + '#users');
  await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
  result.users_link = await page.getByRole('link', { name: 'Users' }).count();

  await page.setViewportSize({ width: 390, height: 844 });
  result.overflow = [];
  for (const section of ['My phone', 'Voicemail', 'My calls']) {
    await page.getByRole('link', { name: section }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    if (await overflows(page)) result.overflow.push(section);
  }
  await shot('user-calls-390');
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
