// A plain user's own view, then an admin uploading a voicemail greeting. Run by
// tests/web_user_view.rs, which sets the box up and checks the effects through the API.
// Env: PANEL_URL, PANEL_USER / PANEL_USER_PASSWORD (a priv_level user), PANEL_PASSWORD (admin),
// PANEL_WAV (a WAV file), PANEL_OUT (screenshots). Prints one JSON line.

import { openBrowser } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

async function signIn(username, password) {
  await page.goto(env.PANEL_URL);
  await page.getByLabel('Account name').fill('office');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
const overflows = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

try {
  await signIn(env.PANEL_USER, env.PANEL_USER_PASSWORD);
  await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
  result.nav = (await page.locator('nav a').allTextContents()).map((x) => x.trim());
  const phone = page.locator('.my-devices li').first();
  await phone.waitFor();
  result.device = (await phone.textContent()).trim();

  // Do not disturb and forwarding: a bad number is refused at the field, then saved.
  await page.getByLabel('Do not disturb').check();
  await page.getByLabel('Forward my calls').check();
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
    if (await overflows()) result.overflow.push(section);
  }
  await shot('user-calls-390');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.setViewportSize({ width: 1200, height: 800 });

  // The admin gives box 850 a greeting: a text file is refused by the form, a fake WAV by the box
  // (both at the field), then a real WAV is saved.
  await signIn('admin', env.PANEL_PASSWORD);
  await page.getByRole('link', { name: 'Voicemail' }).click();
  await page.getByRole('button', { name: 'Edit Ada' }).click();
  const greeting = page.getByLabel('Greeting (WAV or MP3 file)');
  await greeting.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not audio at all') });
  await page.getByRole('button', { name: 'Save' }).click();
  result.greeting_type_error = (await page.locator('#vm_greeting-error').textContent()).trim();
  // Named and typed as audio, but not audio: the box itself refuses it.
  await greeting.setInputFiles({ name: 'fake.wav', mimeType: 'audio/wav', buffer: Buffer.from('RIFF but not really') });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#vm_greeting-error', { hasText: 'MP3 file' }).filter({ hasNotText: 'Pick' }).waitFor();
  result.greeting_error = (await page.locator('#vm_greeting-error').textContent()).trim();
  await greeting.setInputFiles(env.PANEL_WAV);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Add a voicemail box' }).waitFor();
  await page.getByRole('button', { name: 'Edit Ada' }).click();
  result.greeting_hint = (await page.locator('#vm_greeting ~ .hint').textContent()).trim();
  await shot('admin-greeting');
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
