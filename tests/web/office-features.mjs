// The panel's later additions in Chromium: the admin changes, turns off and on feature codes
// (bad and taken codes refused at the row), sees a group form without start delays for
// one-at-a-time ringing and a full-width "when nobody answers", the dashboard's storage,
// last backup and certificate, and the wizard's CSV import, outside line (registered with a
// real registrar) and mail relay with a test mail; then a plain user sets find me follow me, their box's PIN and
// greeting (bad input refused at the field). Run by tests/web_office_features.rs, which checks
// the documents through the API.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_USER, PANEL_USER_PASSWORD, PANEL_WAV, PANEL_OUT,
// PANEL_BAD_CSV / PANEL_CSV (users files), PANEL_SMTP_PORT (a real SMTP server on 127.0.0.1),
// PANEL_REGISTRAR_PORT (a SIPp registrar on 127.0.0.8).
// Prints one JSON line.
import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};
const text = async (locator) => (await locator.textContent()).trim();

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);

  // Feature codes.
  await page.getByRole('link', { name: 'Feature codes' }).click();
  const row = (name) => page.locator(`tr[data-code='${name}']`);
  const off = row('call_forward[action=deactivate]');
  await off.locator('input[inputmode=tel]').fill('7a');
  await off.getByRole('button', { name: 'Save' }).click();
  result.fc_bad = await text(off.locator('.error'));
  await off.locator('input[inputmode=tel]').fill('730');
  await off.getByRole('button', { name: 'Save' }).click();
  await off.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
  result.fc_saved = await off.locator('input[inputmode=tel]').inputValue();
  const update = row('call_forward[action=update]');
  await update.locator('input[inputmode=tel]').fill('730');
  await update.getByRole('button', { name: 'Save' }).click();
  result.fc_taken = await text(update.locator('.error'));
  const dnd = row('do_not_disturb[action=toggle]');
  await dnd.getByRole('checkbox').uncheck();
  await dnd.getByRole('button', { name: 'Save' }).click();
  await dnd.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
  result.fc_dnd_off_input_disabled = await dnd.locator('input[inputmode=tel]').isDisabled();
  await shot('feature-codes-one-off');
  const lunch = row('valet');
  await lunch.getByRole('checkbox').uncheck();
  await lunch.getByRole('button', { name: 'Save' }).click();
  await lunch.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
  await lunch.getByRole('checkbox').check();
  await lunch.locator('input[inputmode=tel]').fill('44');
  await lunch.getByRole('button', { name: 'Save' }).click();
  await lunch.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
  result.fc_valet = await lunch.locator('input[inputmode=tel]').inputValue();
  // move is run by the box: no "not run" note, and it can be turned off and on.
  result.fc_move_notes = await row('move').locator('small').count();
  result.fc_move_toggle = await row('move').getByRole('checkbox').isEnabled();
  await shot('feature-codes');
  await page.setViewportSize({ width: 390, height: 844 });
  result.fc_overflow = await overflows(page);
  await shot('feature-codes-390');
  await page.setViewportSize({ width: 1200, height: 800 });

  // The group form: no "start after" when members ring one at a time; the next action spans the row.
  await page.getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('button', { name: 'Add a group' }).click();
  await page.getByLabel('Ada Lovelace').check();
  const startAfterColumns = () => page.locator('table.timeline th', { hasText: 'Start after' }).count();
  result.start_after_simultaneous = await startAfterColumns();
  await page.getByLabel('How members ring').selectOption('single');
  result.start_after_single = await startAfterColumns();
  const width = async (sel) => (await page.locator(sel).boundingBox()).width;
  result.next_action_share = (await width('#group_next')) / (await width('form .grid'));
  await shot('group-one-at-a-time');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The dashboard's box facts.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.locator('[data-fact="certificate"]').waitFor();
  result.storage = await text(page.locator('[data-fact="storage"]'));
  result.backup = await text(page.locator('[data-fact="backup"]'));
  result.certificate = await text(page.locator('[data-fact="certificate"]'));
  await shot('dashboard-box-facts');

  // The wizard again: users from CSV (a bad file makes nothing, each bad line named; a line the
  // box refuses is named and rolled back), then the mail relay with a test mail.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Run the setup wizard again' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
  const csv = page.getByLabel('CSV file');
  const problems = () => page.locator('ul.errors li').allTextContents();
  await csv.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(env.PANEL_BAD_CSV) });
  await page.locator('ul.errors li').first().waitFor();
  result.csv_bad = await problems();
  await csv.setInputFiles({ name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from(env.PANEL_CSV) });
  result.csv_made = await text(page.locator('.card').getByRole('status'));
  result.csv_refused = await problems();
  result.csv_added = (await page.locator('.added li').allTextContents()).map((x) => x.trim());
  await shot('wizard-csv');
  for (const step of ['Main number and office hours', 'Outside line']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(step, { exact: true }).waitFor();
  }
  // The outside line: a missing password refused at the field, then the provider's registrar
  // (SIPp) takes the registration and the line turns "registered" without a reload.
  await page.getByLabel('Name', { exact: true }).fill('Provider');
  await page.getByLabel("Provider's server").fill('127.0.0.8');
  await page.getByLabel('Port').fill(env.PANEL_REGISTRAR_PORT);
  await page.getByLabel('Number or SIP user name').fill('+14155550142');
  await page.getByLabel('Login, if not the number').fill('trunkuser');
  await page.getByRole('button', { name: 'Add an outside line' }).click();
  result.line_password_error = await text(page.locator('#line_password-error'));
  await page.getByLabel('SIP password').fill('trunkpass');
  await page.getByLabel('Domain (realm), if not the server').fill('provider.test');
  await page.getByRole('button', { name: 'Add an outside line' }).click();
  const line = page.locator('li[data-line="Provider"]');
  await line.filter({ hasText: '· registered' }).waitFor({ timeout: 20000 });
  result.line = await text(line.locator('.dot'));
  await shot('wizard-outside-line');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Mail relay', { exact: true }).waitFor();
  await page.getByLabel('Server (host name or address)').fill('127.0.0.1');
  await page.getByLabel('Port').fill('99999');
  await page.getByRole('button', { name: 'Save' }).click();
  result.relay_port_error = await text(page.locator('#relay_port-error'));
  await page.getByLabel('Port').fill(env.PANEL_SMTP_PORT);
  await page.getByLabel('Encryption').selectOption('never');
  await page.getByLabel('Sender address').fill('pbx@office.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.getByLabel('Send a test mail to').fill('not-an-address');
  await page.getByRole('button', { name: 'Send a test mail' }).click();
  result.test_to_error = await text(page.locator('#relay_test_to-error'));
  await page.getByLabel('Send a test mail to').fill('admin@office.example');
  await page.getByRole('button', { name: 'Send a test mail' }).click();
  result.test_sent = await text(page.getByRole('status').filter({ hasText: 'Sent to' }));
  await shot('wizard-mail-relay');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();

  // The plain user: find me follow me, then their box's PIN and greeting.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, env.PANEL_URL, env.PANEL_USER, env.PANEL_USER_PASSWORD);
  await page.getByLabel('Ring my phones by this timeline').check();
  await page.getByLabel("Ada's Phone").check();
  await page.getByLabel("Ada's Softphone").check();
  await page.getByLabel("Start after (s) Ada's Softphone").fill('400');
  const fmfm = page.locator('form[aria-labelledby="fmfm-h"]');
  await fmfm.getByRole('button', { name: 'Save' }).click();
  result.fmfm_error = await text(fmfm.locator('.error'));
  await page.getByLabel("Start after (s) Ada's Softphone").fill('10');
  await page.getByLabel("Ring for (s) Ada's Softphone").fill('15');
  await fmfm.getByRole('button', { name: 'Save' }).click();
  result.fmfm_saved = await text(fmfm.getByRole('status'));
  await shot('user-follow-me');

  await page.getByRole('link', { name: 'Voicemail' }).click();
  const settings = page.locator('[data-settings="850"]');
  await settings.getByLabel('New PIN (4 to 6 digits)').fill('12');
  await settings.getByRole('button', { name: 'Change PIN' }).click();
  result.pin_error = await text(settings.locator('#pin_850-error'));
  await settings.getByLabel('New PIN (4 to 6 digits)').fill('4321');
  await settings.getByLabel('New PIN again').fill('4322');
  await settings.getByRole('button', { name: 'Change PIN' }).click();
  result.pin_again_error = await text(settings.locator('#pin_again_850-error'));
  await settings.getByLabel('New PIN again').fill('4321');
  await settings.getByRole('button', { name: 'Change PIN' }).click();
  result.pin_saved = await text(settings.getByRole('status'));
  const greeting = settings.getByLabel('Greeting (WAV or MP3 file)');
  await greeting.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not audio') });
  await settings.getByRole('button', { name: 'Upload greeting' }).click();
  result.greeting_error = await text(settings.locator('#greeting_850-error'));
  await greeting.setInputFiles(env.PANEL_WAV);
  await settings.getByRole('button', { name: 'Upload greeting' }).click();
  await settings.locator('.hint', { hasText: 'A greeting is set' }).waitFor();
  result.greeting_saved = await text(settings.getByRole('status'));
  await shot('user-voicemail-settings');
  await page.setViewportSize({ width: 390, height: 844 });
  result.user_overflow = await overflows(page);
  await shot('user-voicemail-settings-390');
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
