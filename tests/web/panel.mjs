// An admin's session in the panel, driven in Debian's headless Chromium by playwright-core.
// Run by tests/web_panel.rs, which starts the box and checks the effects through the API.
// Env: PANEL_URL, PANEL_ACCOUNT, PANEL_PASSWORD, PANEL_OUT (screenshots). Prints one JSON line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from './browser.mjs';

const { PANEL_URL: url, PANEL_ACCOUNT: account, PANEL_PASSWORD: password, PANEL_OUT: out } = process.env;
// The one 5xx expected: an update upload to this PC box, which has no A/B slots (503).
let expect503 = false;
const { context, page, problems, shot } = await openBrowser(out, (text) => expect503 && /status of 503/.test(text));
const result = {};

try {
  // Sign in, keyboard only.
  await page.goto(url);
  await page.getByLabel('Account name').focus();
  await page.keyboard.type(account);
  await page.keyboard.press('Tab');
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await shot('login');
  await page.keyboard.press('Enter');

  // First sign-in with the console password: the wizard, which will not go on without a new one.
  await page.getByRole('heading', { name: 'Set up the office' }).waitFor();
  result.token_in_session = await page.evaluate(() => !!sessionStorage.getItem('edgepbx.session'));
  result.wizard_next_blocked = await page.getByRole('button', { name: 'Next' }).isDisabled();
  const changePassword = async (old, next) => {
    await page.getByLabel('Current password').fill(old);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('New password again').fill(next);
    await page.getByRole('button', { name: 'Change password' }).click();
  };
  await changePassword(password, 'office2026');
  result.weak_password_error = (await page.locator('#pw_new-error').textContent()).trim();
  await changePassword('not-the-password', 'Front-Desk-Ledger-42');
  await page.locator('#pw_old-error').waitFor();
  result.wrong_old_error = (await page.locator('#pw_old-error').textContent()).trim();
  result.still_signed_in = await page.evaluate(() => !!sessionStorage.getItem('edgepbx.session'));
  await changePassword(password, 'Front-Desk-Ledger-42');
  result.password_changed = (await page.getByRole('status').textContent()).trim();
  await shot('wizard-password');
  await page.getByRole('button', { name: 'Next' }).click();
  // Country and extensions: the UK proposes its prompt language and time zone; 4-digit extensions.
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'United Kingdom' });
  result.proposed_language = await page.getByLabel('Prompt language').inputValue();
  await page.getByLabel('Extension length').fill('4');
  await page.getByRole('button', { name: 'Save' }).click();
  result.locale_saved = (await page.getByRole('status').textContent()).trim();
  await shot('wizard-country');
  await page.getByRole('button', { name: 'Next' }).click();
  // The office step shows the country's time zone; the admin picks another.
  await page.getByLabel('Time zone').waitFor();
  result.office_zone_proposed = await page.getByLabel('Time zone').inputValue();
  await page.getByLabel('Time zone').selectOption('Europe/Berlin');
  await page.getByRole('button', { name: 'Save' }).click();
  result.office_saved = (await page.getByRole('status').textContent()).trim();
  await shot('wizard-office');
  // A first user without a phone; the main number is skipped here (its screen is driven below).
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Add user' }).click();
  // The form offers the next free 4-digit extension and refuses a 3-digit one.
  await page.locator('#extension-proposed').waitFor();
  result.proposed_extension = await page.getByLabel('Extension').inputValue();
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByLabel('User name').fill('grace');
  await page.getByLabel('Password').fill('compiler-a0-1952');
  await page.getByLabel('Extension').fill('105');
  await page.getByLabel('Give this user a desk phone').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  result.extension_length_error = (await page.locator('#extension-error').textContent()).trim();
  await page.getByLabel('Extension').fill('1005');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Users' }).click();
  result.wizard_users = (await page.locator('.added li').allTextContents()).map((x) => x.trim());
  await shot('wizard-users');
  for (const step of ['Main number and office hours', 'Outside line', 'Mail relay', 'Done']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(step, { exact: true }).waitFor();
  }
  await page.getByRole('button', { name: 'Finish' }).click();

  // The dashboard opens first.
  const tile = (id) => page.locator(`[data-tile="${id}"] .value`);
  await tile('version').waitFor();
  result.dashboard = {};
  for (const id of ['users', 'devices', 'registered', 'calls', 'numbers', 'version']) {
    result.dashboard[id] = (await tile(id).textContent()).trim();
  }
  result.dashboard_alerts = (await page.locator('.alerts li').allTextContents()).map((a) => a.trim());
  await shot('dashboard');
  await page.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Add user' }).waitFor();

  // A user with an extension and a desk phone.
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('User name').fill('ada');
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Password').fill('analytical-engine-1');
  await page.getByLabel('Extension').fill('1001');
  await shot('user-form');
  await page.getByRole('button', { name: 'Save' }).click();
  const sipUser = page.locator('.sip-user');
  await sipUser.waitFor();
  result.sip_username = (await sipUser.textContent()).trim();
  result.sip_password = (await page.locator('.sip-password').textContent()).trim();
  result.shown_status = (await page.locator('.card .dot').textContent()).trim();
  // The Rust side registers a SIP phone with what the panel showed.
  writeFileSync(join(out, 'credentials.json'), JSON.stringify({ username: result.sip_username, password: result.sip_password }));
  await shot('user-created');
  await page.getByRole('button', { name: 'Users' }).click();
  const row = page.locator('tr[data-user="ada"]');
  await row.waitFor();
  result.listed_extension = (await row.locator('.ext').textContent()).trim();

  // Bad input: the extension is taken; the box's 400 shows next to the field, nothing is left over.
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByLabel('First name').fill('Bob');
  await page.getByLabel('Last name').fill('Taken');
  await page.getByLabel('User name').fill('bob');
  await page.getByLabel('Password').fill('difference-engine-2');
  await page.getByLabel('Extension').fill('1001');
  await page.getByRole('button', { name: 'Save' }).click();
  const extError = page.locator('#extension-error');
  await extError.waitFor();
  result.extension_error = (await extError.textContent()).trim();
  result.kept_input = await page.getByLabel('User name').inputValue();
  await shot('user-error');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Edit a user's extension, then delete the user: their callflow goes with them.
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByLabel('First name').fill('Cy');
  await page.getByLabel('Last name').fill('Moved');
  await page.getByLabel('User name').fill('cy');
  await page.getByLabel('Password').fill('moving-along-3');
  await page.getByLabel('Extension').fill('1003');
  await page.getByLabel('Give this user a desk phone').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Edit cy' }).click();
  await page.getByLabel('Extension').fill('1004');
  await page.getByRole('button', { name: 'Save' }).click();
  const cy = page.locator('tr[data-user="cy"] .ext');
  await cy.filter({ hasText: '1004' }).waitFor();
  result.edited_extension = (await cy.textContent()).trim();
  await page.getByRole('button', { name: 'Delete cy' }).click();
  await page.locator('tr[data-user="cy"]').waitFor({ state: 'detached' });

  // Devices and call logs.
  await page.getByRole('link', { name: 'Devices' }).click();
  await page.locator('table[aria-label="Devices"] tbody tr').first().waitFor();
  result.devices_rows = await page.locator('table[aria-label="Devices"] tbody tr').count();
  await shot('devices');
  await page.getByRole('link', { name: 'Call logs' }).click();
  const call = page.locator('tr.call').first();
  await call.waitFor();
  result.call_rows = await page.locator('tr.call').count();
  result.first_call_id = await call.getAttribute('data-call');
  await call.getByRole('button').click();
  await page.locator('tr.legs li').first().waitFor();
  result.legs = await page.locator('tr.legs li').count();
  await shot('call-logs');

  // Main number and office hours (SmartPBX's strategy).
  await page.getByRole('link', { name: 'Main number' }).click();
  await page.getByLabel('Number (E.164').fill('+14155550100');
  await page.getByRole('button', { name: 'Add a main number' }).click();
  await page.locator('.main-number', { hasText: '+14155550100' }).waitFor();
  await page.getByLabel('Open on these days and hours').check();
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await page.getByLabel(`${day} opens`).fill('08:30');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await page.getByRole('status').waitFor();
  result.hours_saved = (await page.getByRole('status').textContent()).trim();
  await shot('main-number');

  // Voicemail: the seeded message is played in the page, downloaded, marked heard, deleted.
  await page.getByRole('link', { name: 'Voicemail' }).click();
  const frontDesk = page.locator('tr[data-vmbox="800"]');
  result.vm_count = (await frontDesk.locator('.count').textContent()).trim();
  await frontDesk.getByRole('button', { name: 'Messages of Front desk' }).click();
  const message = page.locator('tr.message').first();
  await message.getByRole('button', { name: 'Play' }).click();
  result.vm_duration = await message.locator('audio').evaluate(
    (a) => new Promise((done) => (a.readyState >= 1 ? done(a.duration) : a.addEventListener('loadedmetadata', () => done(a.duration))))
  );
  const [download] = await Promise.all([page.waitForEvent('download'), message.getByRole('button', { name: 'Download' }).click()]);
  result.vm_download = download.suggestedFilename();
  result.vm_download_bytes = readFileSync(await download.path()).length;
  await message.getByRole('button', { name: 'Mark heard' }).click();
  await message.locator('.folder', { hasText: 'Heard' }).waitFor();
  result.vm_heard = (await message.locator('.folder').textContent()).trim();
  await shot('voicemail-messages');
  await message.getByRole('button', { name: 'Delete' }).click();
  await message.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Voicemail' }).click();

  // A new box, first with a bad PIN and a bad address (shown at the fields), then edited.
  await page.getByRole('button', { name: 'Add a voicemail box' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Sales');
  await page.getByLabel('Box number').fill('801');
  await page.getByLabel('Owner').selectOption({ label: 'Ada Lovelace' });
  await page.getByLabel('PIN', { exact: true }).fill('12');
  await page.getByLabel('Email new messages to').fill('sales@example.com, nope');
  await page.getByLabel('Skip the greeting').check();
  await page.getByLabel('Announce only').check();
  await page.getByRole('button', { name: 'Save' }).click();
  result.vm_pin_error = (await page.locator('#vm_pin-error').textContent()).trim();
  result.vm_email_error = (await page.locator('#vm_notify-error').textContent()).trim();
  await page.getByLabel('PIN', { exact: true }).fill('4321');
  await page.getByLabel('Email new messages to').fill('sales@example.com, boss@example.com');
  await shot('voicemail-box-form');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Edit Sales' }).click();
  await page.getByLabel('Email new messages to').fill('sales@example.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('tr[data-vmbox="801"]').waitFor();

  // A ring group: a taken extension first (shown at the field, nothing left over), then saved
  // with the timeline distributed evenly, then edited.
  await page.getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('button', { name: 'Add a group' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Support');
  await page.getByLabel('Extension').fill('1001');
  await page.getByLabel('Office Administrator').check();
  await page.getByLabel('Ada Lovelace').check();
  await page.getByLabel('Ring time in total (s)').fill('30');
  await page.getByRole('button', { name: 'Distribute evenly' }).click();
  result.group_timeline = await page.locator('.timeline tbody tr').evaluateAll((rows) =>
    Object.fromEntries(
      rows.filter((r) => r.querySelector('input.delay')).map((r) => [r.dataset.member, [r.querySelector('input.delay').value, r.querySelector('input.timeout').value]])
    )
  );
  await page.getByRole('button', { name: 'Save' }).click();
  result.group_extension_error = (await page.locator('#group_extension-error').textContent()).trim();
  await page.getByLabel('Extension').fill('2000');
  await shot('group-form');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Edit Support' }).click();
  result.group_loaded_delay = await page.getByLabel('Start after (s) Ada Lovelace').inputValue();
  await page.getByLabel('Dialing repeats').fill('2');
  await page.getByRole('button', { name: 'Save' }).click();
  result.group_ext = (await page.locator('tr[data-group="Support"] .ext').textContent()).trim();

  // Numbers: who uses each; a bad one refused at the field; one added, a spare one removed.
  await page.getByRole('link', { name: 'Numbers' }).click();
  const usedBy = (n) => page.locator(`tr[data-number="${n}"] .used-by`);
  result.number_used_by = (await usedBy('+14155550100').textContent()).trim();
  result.number_spare = (await usedBy('+14155550199').textContent()).trim();
  await page.getByLabel('Number (E.164').fill('12ab');
  await page.getByRole('button', { name: 'Add a number' }).click();
  result.number_error = (await page.locator('#new_number-error').textContent()).trim();
  await page.getByLabel('Number (E.164').fill('+14155550142');
  await page.getByRole('button', { name: 'Add a number' }).click();
  await usedBy('+14155550142').waitFor();
  await page.getByRole('button', { name: 'Remove +14155550199' }).click();
  await page.locator('tr[data-number="+14155550199"]').waitFor({ state: 'detached' });
  await shot('numbers');

  // Settings: the SIP ban lifted.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Lift the ban on 127.0.0.2' }).click();
  await page.getByText('No address is banned.').waitFor();

  // Settings: an upload to this box (a PC install, no A/B slots) is refused with the box's reason.
  await page.getByRole('link', { name: 'Settings' }).click();
  // Settings shows the country and extension length, and edits the prompt language.
  const locale = page.locator('form[aria-labelledby="locale-h"]');
  await page.locator('#country').waitFor();
  result.settings_locale = [await page.locator('#country').inputValue(), await page.getByLabel('Extension length').inputValue()];
  await page.getByLabel('Prompt language').fill('en-us');
  await locale.getByRole('button', { name: 'Save' }).click();
  await locale.getByRole('status').waitFor();
  await page.getByLabel('Update bundle').setInputFiles({ name: 'bad.bundle', mimeType: 'application/octet-stream', buffer: Buffer.from('not an update bundle') });
  expect503 = true;
  await page.getByRole('button', { name: 'Upload and install' }).click();
  result.update_refused = (await page.locator('#update-h ~ .banner').textContent()).trim();
  expect503 = false;
  await shot('settings');

  // A phone screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('link', { name: 'Users' }).click();
  await row.waitFor();
  result.phone_overflow = await page.evaluate(() => document.documentElement.scrollWidth > 390);
  await shot('users-390');

  for (const section of ['Dashboard', 'Groups', 'Voicemail', 'Numbers', 'Settings']) {
    await page.getByRole('link', { name: section }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    if (await page.evaluate(() => document.documentElement.scrollWidth > 390)) result.phone_overflow = section;
  }
  await page.getByRole('link', { name: 'Users' }).click();

  // The phone registered with the shown credentials: its status turns (polled, no reload).
  await page.getByRole('button', { name: 'Edit ada' }).click();
  await page.locator('.card .dot.on').waitFor({ timeout: 30000 });
  result.registered_shown = (await page.locator('.card .dot.on').textContent()).trim();
  await shot('phone-registered-390');
  // The dashboard counts it too, by polling.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await tile('registered').filter({ hasText: '1 / 1' }).waitFor({ timeout: 30000 });
  result.dashboard_registered_later = (await tile('registered').textContent()).trim();
  result.dashboard_overflow = await page.evaluate(() => document.documentElement.scrollWidth > 390);
  await shot('dashboard-390');

  // The wizard again from Settings: nothing forced this time.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Run the setup wizard again' }).click();
  await page.getByRole('heading', { name: 'Set up the office' }).waitFor();
  result.rerun_next_enabled = await page.getByRole('button', { name: 'Next' }).isEnabled();
  result.rerun_overflow = await page.evaluate(() => document.documentElement.scrollWidth > 390);
  await shot('wizard-rerun-390');
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('button', { name: 'Run the setup wizard again' }).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Account name').waitFor();
  result.token_after_logout = await page.evaluate(() => sessionStorage.getItem('edgepbx.session'));
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
