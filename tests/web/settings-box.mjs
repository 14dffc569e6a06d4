// Settings of the whole box in Chromium: the certificate shown, a key that does not match
// refused at its field, then a test-made certificate installed from files and its expiry
// shown; SIP ban thresholds saved; a backup downloaded, a user deleted, a file that is not a
// backup refused with the box's reason, the downloaded backup restored and the user back;
// the dashboard's last backup is that download. Run by tests/web_settings_box.rs.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT, PANEL_CERT, PANEL_KEY, PANEL_OTHER_KEY
// (PEM files). Prints one JSON line.
import { join } from 'node:path';
import { openBrowser, signIn, TIMEOUT } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};
const text = async (locator) => (await locator.textContent()).trim();
// The panel's CSP forbids page.waitForFunction: poll from here, bounded.
async function until(what, check) {
  for (const end = Date.now() + TIMEOUT; !(await check()); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const keyText = () => page.locator('#tls_private_key').inputValue();
const settings = async () => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.locator('#backup-h').waitFor();
};

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  await settings();

  // The certificate: the first boot's, then a key of another certificate, then the pair.
  const cert = page.locator('form[aria-labelledby="cert-h"]');
  await cert.locator('[data-cert="expiry"]').waitFor();
  result.cert_before = await text(cert.locator('[data-cert="subject"]'));
  await cert.locator('#tls_certificate_file').setInputFiles(env.PANEL_CERT);
  await cert.locator('#tls_private_key_file').setInputFiles(env.PANEL_OTHER_KEY);
  await until('both files read', async () => (await keyText()).includes('PRIVATE KEY') && (await cert.locator('#tls_certificate').inputValue()).includes('CERTIFICATE'));
  const otherKey = await keyText();
  await cert.getByRole('button', { name: 'Install certificate' }).click();
  result.key_error = await text(cert.locator('#tls_private_key-error'));
  result.kept = (await cert.locator('#tls_certificate').inputValue()).startsWith('-----BEGIN CERTIFICATE');
  await shot('certificate-refused');
  await cert.locator('#tls_private_key_file').setInputFiles(env.PANEL_KEY);
  await until('the key read', async () => (await keyText()) !== otherKey);
  await cert.getByRole('button', { name: 'Install certificate' }).click();
  await cert.getByRole('status').waitFor();
  await cert.locator('[data-cert="subject"]', { hasText: 'pbx.office.test' }).waitFor();
  result.cert_after = {
    subject: await text(cert.locator('[data-cert="subject"]')),
    issuer: await text(cert.locator('[data-cert="issuer"]')),
    expiry: await text(cert.locator('[data-cert="expiry"]')),
  };
  await shot('certificate-installed');

  // Ban thresholds: a value out of bounds stays at its field, then a good one is saved.
  const bans = page.locator('form[aria-labelledby="thresholds-h"]');
  await bans.getByLabel('Failed authentications').fill('500');
  await bans.getByRole('button', { name: 'Save' }).click();
  result.threshold_error = await text(bans.locator('#ban_failures-error'));
  await bans.getByLabel('Failed authentications').fill('5');
  await bans.getByLabel('Ban for (seconds)').fill('900');
  await bans.getByLabel('Failed sign-ins').fill('8');
  await bans.getByRole('button', { name: 'Save' }).click();
  result.threshold_saved = await text(bans.getByRole('status'));
  await shot('ban-thresholds');

  // Backup download.
  const backup = page.locator('form[aria-labelledby="backup-h"]');
  const [download] = await Promise.all([page.waitForEvent('download'), backup.getByRole('button', { name: 'Download backup' }).click()]);
  result.download_name = download.suggestedFilename();
  const file = join(env.PANEL_OUT, 'downloaded-backup.bin');
  await download.saveAs(file);
  await backup.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await shot('backup-downloaded');

  // Rita is deleted.
  await page.getByRole('link', { name: 'Users' }).click();
  await page.locator('tr[data-user="rita"]').waitFor();
  await page.getByRole('button', { name: 'Delete rita' }).click();
  await page.locator('tr[data-user="rita"]').waitFor({ state: 'detached' });

  // A file that is not a backup: the box's reason, nothing changed.
  await settings();
  await backup.locator('#restore_file').setInputFiles(env.PANEL_CERT);
  await backup.getByRole('button', { name: 'Restore from backup' }).click();
  result.bad_restore = await text(backup.locator('.banner'));
  await shot('restore-refused');

  // The downloaded backup: the screens reload, Rita is back.
  await backup.locator('#restore_file').setInputFiles(file);
  await backup.getByRole('button', { name: 'Restore from backup' }).click();
  result.restored = await text(page.locator('form[aria-labelledby="backup-h"]').getByRole('status').filter({ hasText: 'Restored' }));
  await shot('restored');
  await page.getByRole('link', { name: 'Users' }).click();
  await page.locator('tr[data-user="rita"]').waitFor();
  result.rita_back = true;
  await page.getByRole('link', { name: 'Dashboard' }).click();
  result.last_backup = await text(page.locator('dd[data-fact="backup"]'));
  await shot('dashboard-last-backup');
} catch (e) {
  problems.push(`script: ${e.message}`);
  await shot('failure').catch(() => {});
} finally {
  result.problems = problems;
  await context.close();
  console.log(JSON.stringify(result));
}
