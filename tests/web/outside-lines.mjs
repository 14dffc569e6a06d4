// Outside lines and feature codes in Chromium: every feature code described from the panel's
// strings file; in Settings the box's FXO lines with their live state and dial tone, a SIP trunk
// edited (a value the box refuses is shown at its field and what was typed stays) until it
// registers with a real registrar, another deleted; an FXO line made the office's outside line.
// Run by tests/web_outside_lines.rs, which checks the documents and a call out on the line.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT, PANEL_REGISTRAR_PORT (a SIPp registrar on
// 127.0.0.12). Prints one JSON line.
import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};
const text = async (locator) => (await locator.textContent()).trim();

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);

  // Feature codes: what each does, as the strings file says it.
  await page.getByRole('link', { name: 'Feature codes' }).click();
  await page.locator('tr[data-code]').first().waitFor();
  result.fc = Object.fromEntries(
    await page.locator('tr[data-code]').evaluateAll((rows) => rows.map((r) => [r.dataset.code, r.querySelector('td').firstChild.textContent.trim()])),
  );

  await page.getByRole('link', { name: 'Settings' }).click();
  // The FXO lines, live: line 1 up after its dial tone check, line 2 unplugged.
  const fxo1 = page.locator('li[data-fxo="fxo1"]');
  const fxo2 = page.locator('li[data-fxo="fxo2"]');
  await fxo1.filter({ hasText: '· dial tone' }).waitFor({ timeout: 20000 });
  await fxo2.filter({ hasText: '· down' }).waitFor({ timeout: 20000 });
  result.fxo1 = await text(fxo1.locator('.dot'));
  result.fxo2 = await text(fxo2.locator('.dot'));

  // The trunk: a user name the box refuses, then the provider's real credentials.
  const provider = page.locator('li[data-line="Provider"]');
  await provider.getByRole('button', { name: 'Edit: Provider' }).click();
  const form = page.locator('form[data-form="edit-line"]');
  await form.getByLabel("Provider's server").fill('127.0.0.12');
  await form.getByLabel('Port', { exact: true }).fill(env.PANEL_REGISTRAR_PORT);
  await form.getByLabel('Number or SIP user name').fill('bad user');
  await form.getByRole('button', { name: 'Save' }).click();
  result.edit_error = await text(form.locator('#line_username_edit-error'));
  result.edit_kept = [await form.getByLabel("Provider's server").inputValue(), await form.getByLabel('Number or SIP user name').inputValue()];
  await shot('outside-line-refused');
  await form.getByLabel('Number or SIP user name').fill('+14155550142');
  await form.getByLabel('Login, if not the number').fill('trunkuser');
  await form.getByLabel('SIP password').fill('trunkpass');
  await form.getByLabel('Domain (realm), if not the server').fill('provider.test');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  await provider.filter({ hasText: '· registered' }).waitFor({ timeout: 20000 });
  result.line = await text(provider.locator('.dot'));
  await shot('outside-line-registered');
  const old = page.locator('li[data-line="Old carrier"]');
  await old.getByRole('button', { name: 'Delete: Old carrier' }).click();
  await old.waitFor({ state: 'detached' });

  // FXO line 1 becomes the office's outside line.
  await fxo1.getByRole('button', { name: 'Use as outside line: fxo1' }).click();
  await fxo1.locator('[data-route]').waitFor();
  result.fxo1_route = await text(fxo1.locator('[data-route]'));
  await shot('outside-lines-analog');
  await page.setViewportSize({ width: 390, height: 844 });
  result.overflow = await overflows(page);
  await shot('outside-lines-390');
} catch (e) {
  problems.push(`script: ${e.message}`);
  await shot('failure').catch(() => {});
} finally {
  result.problems = problems;
  await context.close();
  console.log(JSON.stringify(result));
}
