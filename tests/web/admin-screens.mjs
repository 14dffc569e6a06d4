// An admin on the screens added after the first panel test: a voicemail greeting uploaded,
// conferences made, edited and deleted, a group's ring strategy and next action, the user
// form's password rule, and the dashboard's devices by type, analog ports and numbers. Run by tests/web_admin_screens.rs, which sets the box
// up and checks the effects through the API.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_WAV (a WAV file), PANEL_OUT (screenshots).
// Prints one JSON line.
import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);

  // Box 850 gets a greeting: a text file is refused by the form, a fake WAV by the box (both at
  // the field), then a real WAV is saved.
  await page.getByRole('link', { name: 'Voicemail' }).click();
  await page.getByRole('button', { name: 'Edit Ada' }).click();
  const greeting = page.getByLabel('Greeting (WAV or MP3 file)');
  await greeting.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not audio at all') });
  await page.getByRole('button', { name: 'Save' }).click();
  result.greeting_type_error = (await page.locator('#vm_greeting-error').textContent()).trim();
  await greeting.setInputFiles({ name: 'fake.wav', mimeType: 'audio/wav', buffer: Buffer.from('RIFF but not really') });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#vm_greeting-error').filter({ hasNotText: 'Pick' }).waitFor();
  result.greeting_error = (await page.locator('#vm_greeting-error').textContent()).trim();
  await greeting.setInputFiles(env.PANEL_WAV);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Add a voicemail box' }).waitFor();
  await page.getByRole('button', { name: 'Edit Ada' }).click();
  result.greeting_hint = (await page.locator('#vm_greeting ~ .hint').textContent()).trim();
  await shot('greeting');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Conferences: bad PINs refused by the form, a taken number by the box (at the field, nothing
  // left over), then made, edited, and a second one deleted.
  await page.getByRole('link', { name: 'Conferences' }).click();
  const addConference = async (name, number, memberPins, moderatorPins) => {
    await page.getByRole('button', { name: 'Add a conference' }).click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Number to dial').fill(number);
    await page.getByLabel('Member PINs').fill(memberPins);
    await page.getByLabel('Moderator PINs').fill(moderatorPins);
    await page.getByRole('button', { name: 'Save' }).click();
  };
  await addConference('Weekly', '3000', '12', '');
  result.conf_pin_error = (await page.locator('#conf_member_pins-error').textContent()).trim();
  await page.getByLabel('Member PINs').fill('1234, 5678');
  await page.getByLabel('Moderator PINs').fill('9999');
  await page.getByLabel('Number to dial').fill('1001');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#conf_number-error').waitFor();
  result.conf_number_error = (await page.locator('#conf_number-error').textContent()).trim();
  await page.getByLabel('Number to dial').fill('3000');
  await page.getByLabel('Members join muted').check();
  await shot('conference-form');
  await page.getByRole('button', { name: 'Save' }).click();
  const weekly = page.locator('tr[data-conference="Weekly"]');
  await weekly.waitFor();
  result.conf_pins = (await weekly.locator('.pins').textContent()).trim();
  await page.getByRole('button', { name: 'Edit Weekly' }).click();
  await page.getByLabel('Number to dial').fill('3001');
  await page.getByRole('button', { name: 'Save' }).click();
  await weekly.locator('.ext', { hasText: '3001' }).waitFor();
  result.conf_number = (await weekly.locator('.ext').textContent()).trim();
  await addConference('Scratch', '3002', '', '');
  await page.getByRole('button', { name: 'Delete Scratch' }).click();
  await page.locator('tr[data-conference="Scratch"]').waitFor({ state: 'detached' });
  await shot('conferences');
  await page.setViewportSize({ width: 390, height: 844 });
  result.conf_overflow = await overflows(page);
  await shot('conferences-390');
  await page.setViewportSize({ width: 1200, height: 800 });

  // A group ringing one member at a time, then to Ada's voicemail; the choices load back.
  await page.getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('button', { name: 'Add a group' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Sales line');
  await page.getByLabel('Extension').fill('2100');
  await page.getByLabel('Ada Lovelace').check();
  await page.getByLabel('How members ring').selectOption('single');
  await page.getByLabel('When nobody answers').selectOption({ label: 'Voicemail box Ada (850)' });
  await shot('group-features');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Edit Sales line' }).click();
  result.group_strategy = await page.getByLabel('How members ring').inputValue();
  result.group_next = await page.locator('#group_next option:checked').textContent();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A user's password follows the same strength rule as the admin's.
  await page.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByLabel('User name').fill('weak');
  await page.getByLabel('Password').fill('weakpass-1');
  await page.getByRole('button', { name: 'Save' }).click();
  result.user_password_error = (await page.locator('#new_password-error').textContent()).trim();
  await page.getByLabel('Password').fill('Strong-Pass-2026');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#new_password-error').waitFor({ state: 'detached' });
  result.user_password_error_after = await page.locator('#new_password-error').count();

  // The dashboard: devices by type, the simulated board's analog ports, main and conference numbers,
  // the address shown to providers.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.locator('.ports li').first().waitFor();
  await page.locator('[data-fact="conference"]').waitFor();
  const texts = async (sel) => (await page.locator(sel).allTextContents()).map((x) => x.trim());
  result.by_type = await texts('.by-type li');
  result.ports = await texts('.ports li');
  result.main_numbers = (await page.locator('[data-fact="main"]').textContent()).trim();
  result.conference_numbers = (await page.locator('[data-fact="conference"]').textContent()).trim();
  result.provider_address = (await page.locator('[data-fact="provider-address"]').textContent()).trim();
  await shot('dashboard');
  await page.setViewportSize({ width: 390, height: 844 });
  result.dashboard_overflow = await overflows(page);
  await shot('dashboard-390');
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
