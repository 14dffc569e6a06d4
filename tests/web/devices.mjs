// The Devices screen and the users search, run by tests/web_devices.rs in two steps around
// what a phone does (PANEL_STEP):
//   add:   a phone that asked with an unknown MAC adopted for Ada; a bad MAC refused at its field; a Yealink desk phone added by brand, family, model
//          and MAC; a softphone whose credentials and QR code are shown once (the code saved
//          as qr.png for zbarimg); a MAC already used shown at the field; the users search.
//          An analog phone on the free FXS port, after which none is offered.
//   check: the three phones "Registered", the desk phone's last fetch shown, Resync sent to
//          it; the desk phone given to Bob, a new softphone password (shown once), the analog
//          phone deleted; the first softphone password (PANEL_SECRET) not on the page.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT (screenshots), PANEL_MAC, PANEL_UNKNOWN. Prints one JSON line.
import { join } from 'node:path';
import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

const row = (name) => page.locator(`tr[data-device="${name}"]`);

async function addPhone(name, mac) {
  await page.getByRole('button', { name: 'Add device' }).click();
  await page.getByLabel('Kind of device').selectOption('phone');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Owner').selectOption({ label: 'Ada Lovelace' });
  await page.getByLabel('Brand').selectOption('yealink');
  await page.getByLabel('Family').selectOption('t4x');
  await page.getByLabel('Model').selectOption('t46s');
  await page.getByLabel('MAC address').fill(mac);
  await page.getByRole('button', { name: 'Save' }).click();
}

async function add() {
  // The phone that asked with an unknown MAC (PANEL_UNKNOWN), adopted for Ada.
  const unknown = page.locator(`li.unknown-phone[data-mac="${env.PANEL_UNKNOWN}"]`);
  await unknown.waitFor();
  result.unknown_line = (await unknown.locator('span').first().textContent()).trim();
  await unknown.getByRole('button', { name: `Adopt ${env.PANEL_UNKNOWN}` }).click();
  result.adopt_no_owner = (await unknown.locator('.error').textContent()).trim();
  await shot('unknown-phone');
  await unknown.getByLabel('For').selectOption({ label: 'Ada Lovelace' });
  await unknown.getByRole('button', { name: `Adopt ${env.PANEL_UNKNOWN}` }).click();
  await unknown.waitFor({ state: 'detached' });

  // A bad MAC is refused at its field, and what was typed stays.
  await addPhone('Front desk', '00:15:65:12:34');
  await page.locator('#device_mac-error').waitFor();
  result.bad_mac_error = (await page.locator('#device_mac-error').textContent()).trim();
  result.bad_mac_kept = await page.getByLabel('Name', { exact: true }).inputValue();
  await shot('bad-mac');
  await page.getByLabel('MAC address').fill(env.PANEL_MAC);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('region', { name: 'Provisioning of Front desk' }).waitFor();
  await page.locator('.last-fetch', { hasText: 'Never fetched' }).waitFor();
  result.provisioning_url = (await page.locator('.provisioning-url').textContent()).trim();
  result.phone_row = (await row('Front desk').locator('td').allTextContents()).slice(0, 4);
  await shot('phone-added');

  // The same MAC again: the box's 400 at the field.
  await addPhone('Second desk', env.PANEL_MAC.replaceAll(':', '-').toUpperCase());
  await page.locator('#device_mac-error').waitFor();
  result.dup_mac_error = (await page.locator('#device_mac-error').textContent()).trim();
  await shot('duplicate-mac');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A softphone: credentials and QR code once.
  await page.getByRole('button', { name: 'Add device' }).click();
  await page.getByLabel('Kind of device').selectOption('softphone');
  await page.getByLabel('Name', { exact: true }).fill('Laptop');
  await page.getByLabel('Owner').selectOption({ label: 'Bob Stone' });
  await page.getByRole('button', { name: 'Save' }).click();
  const card = page.getByRole('region', { name: 'SIP credentials of Laptop' });
  await card.waitFor();
  result.secret = {
    user: (await card.locator('.sip-user').textContent()).trim(),
    password: (await card.locator('.sip-password').textContent()).trim(),
    realm: (await card.locator('.sip-realm').textContent()).trim(),
    server: (await card.locator('.sip-server').textContent()).trim(),
  };
  const qr = card.getByRole('img', { name: 'QR code with the SIP account' });
  await qr.screenshot({ path: join(env.PANEL_OUT, 'qr.png') });
  await shot('softphone-secret');
  await card.getByRole('button', { name: 'Done' }).click();

  // An analog phone on the box's free FXS port; then no port is free.
  await page.getByRole('button', { name: 'Add device' }).click();
  result.analog_offer = (await page.locator('#device_kind option[value=analog]').textContent()).trim();
  await page.getByLabel('Kind of device').selectOption('analog');
  await page.getByLabel('Name', { exact: true }).fill('Kitchen');
  result.analog_port = await page.getByLabel('FXS port').inputValue();
  await page.getByRole('button', { name: 'Save' }).click();
  await row('Kitchen').waitFor();
  await page.getByRole('button', { name: 'Add device' }).click();
  await page.locator('#device_kind option[value=analog]', { hasText: 'no free FXS port' }).waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The users search: instant, by name, extension or email.
  await page.getByRole('link', { name: 'Users' }).click();
  const search = page.getByLabel('Search by name, extension or email');
  await page.locator('tr[data-user]').first().waitFor();
  const shown = async () => (await page.locator('tr[data-user]').evaluateAll((rs) => rs.map((r) => r.dataset.user))).sort();
  result.search = { all: await shown() };
  for (const q of ['lovelace', '202', 'bob@office', 'nobody-like-this']) {
    await search.fill(q);
    result.search[q] = await shown();
  }
  await search.fill('');
  result.ada_row = (await page.locator('tr[data-user="ada"] td').allTextContents()).map((s) => s.trim());
  await shot('users-search');
}

async function check() {
  await page.getByRole('link', { name: 'Devices' }).click();
  for (const name of ['Front desk', 'Laptop', 'Kitchen']) await row(name).locator('.dot.on').waitFor();
  result.registered = await page.locator('tr[data-device] .dot.on').count();
  await page.getByRole('button', { name: 'Provisioning of Front desk' }).click();
  const box = page.getByRole('region', { name: 'Provisioning of Front desk' });
  await box.locator('.last-fetch', { hasNotText: /Never|Loading/ }).waitFor();
  result.last_fetch = (await box.locator('.last-fetch').textContent()).trim();
  await box.getByRole('button', { name: 'Resync' }).click();
  await box.locator('.sync-note').waitFor();
  result.sync_note = (await box.locator('.sync-note').textContent()).trim();
  await shot('resync');

  await page.reload();
  await row('Laptop').waitFor();
  result.secret_shown_after_reload = (await page.content()).includes(env.PANEL_SECRET);

  // Edit: the desk phone moves to Bob.
  await page.getByRole('button', { name: 'Edit Front desk' }).click();
  await page.getByLabel('Owner').selectOption({ label: 'Bob Stone' });
  await page.getByRole('button', { name: 'Save' }).click();
  await row('Front desk').locator('td', { hasText: 'Bob Stone' }).waitFor();
  // A new password for the softphone, shown once.
  await page.getByRole('button', { name: 'New password Laptop' }).click();
  const card = page.getByRole('region', { name: 'SIP credentials of Laptop' });
  result.new_password = (await card.locator('.sip-password').textContent()).trim();
  await card.getByRole('button', { name: 'Done' }).click();
  // Delete the analog phone.
  await page.getByRole('button', { name: 'Delete Kitchen' }).click();
  await row('Kitchen').waitFor({ state: 'detached' });
  await shot('edited');
  await page.setViewportSize({ width: 390, height: 844 });
  result.narrow_overflow = await overflows(page);
  await shot('devices-390');
}

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  await page.getByRole('link', { name: 'Devices' }).click();
  await (env.PANEL_STEP === 'add' ? add() : check());
} catch (e) {
  await shot(`failure-${env.PANEL_STEP}`).catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
