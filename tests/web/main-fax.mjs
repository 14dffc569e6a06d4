// The main fax number and a receptionist menu's greeting on the Main number screen in
// Chromium. Run by tests/web_main_fax.rs, which checks the documents and calls with SIPp.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT, PANEL_MODE (`setup`, or `remove`: take
// the fax number away), PANEL_FAX_DEVICE (the fax machine's name), PANEL_WAV / PANEL_TXT (a
// WAV file and a file that is not audio). Prints one JSON line.
import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};
const text = async (locator) => (await locator.textContent()).trim();

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  await page.getByRole('link', { name: 'Main number' }).click();
  const fax = page.locator('form[aria-labelledby=fax-h]');
  await fax.waitFor();
  if (env.PANEL_MODE === 'remove') {
    result.fax_number_before = await fax.getByLabel('Fax number').inputValue();
    await fax.getByRole('button', { name: 'Remove fax number' }).click();
    result.removed = await text(fax.locator('.ok'));
    result.fax_number_after = await fax.getByLabel('Fax number').inputValue();
    await shot('main-fax-removed');
  } else {
    await page.getByLabel('Number (E.164').fill('+14155550100');
    await page.getByRole('button', { name: 'Add a main number' }).click();
    await page.locator('.main-number', { hasText: '+14155550100' }).waitFor();

    // The account's spare numbers are offered.
    result.fax_offered = await fax.locator('#fax_spare option').evaluateAll((o) => o.map((x) => x.value));
    // The fax number: a bad number and no fax machine are named at their fields.
    await fax.getByLabel('Fax number').fill('12a');
    await fax.getByRole('button', { name: 'Save fax number' }).click();
    result.fax_bad_number = await text(fax.locator('#fax_number-error'));
    result.fax_no_device = await text(fax.locator('#fax_device-error'));
    result.fax_kept = await fax.getByLabel('Fax number').inputValue();
    await shot('main-fax-bad');
    // A number the main callflow has: the box's 400 shown at the field.
    await fax.getByLabel('Fax machine (device)').selectOption({ label: env.PANEL_FAX_DEVICE });
    await fax.getByLabel('Fax number').fill('+14155550100');
    await fax.getByRole('button', { name: 'Save fax number' }).click();
    result.fax_taken = await text(fax.locator('#fax_number-error'));
    await fax.getByLabel('Fax number').fill('+1 415 555 0188');
    await fax.getByRole('button', { name: 'Save fax number' }).click();
    result.fax_saved = await text(fax.locator('.ok'));

    // The open-hours menu (calls go there while no hours are set).
    const menu = page.getByRole('form', { name: 'Open-hours menu: greeting and options' });
    const err = (suffix) => text(menu.locator(`[id$="-${suffix}-error"]`));
    await menu.getByLabel('Tries before giving up').fill('0');
    await menu.getByLabel('Seconds to wait for a key').fill('99');
    await menu.getByLabel('Longest extension callers can dial').fill('7');
    await menu.getByLabel('Menu greeting', { exact: true }).selectOption({ label: 'Text spoken by the box' });
    await menu.getByRole('button', { name: 'Save' }).click();
    result.menu_bad = { retries: await err('retries'), timeout: await err('timeout'), digits: await err('digits'), text: await err('text') };
    result.menu_kept = await menu.getByLabel('Tries before giving up').inputValue();
    await shot('main-fax-menu-bad');
    // A file that is not audio, then a WAV.
    await menu.getByLabel('Menu greeting', { exact: true }).selectOption({ label: 'A WAV or MP3 file' });
    await menu.getByLabel('Tries before giving up').fill('2');
    await menu.getByLabel('Seconds to wait for a key').fill('5');
    await menu.getByLabel('Longest extension callers can dial').fill('3');
    await menu.getByLabel('Greeting file').setInputFiles(env.PANEL_TXT);
    await menu.getByRole('button', { name: 'Save' }).click();
    result.menu_not_audio = await err('file');
    await menu.getByLabel('Greeting file').setInputFiles(env.PANEL_WAV);
    await menu.getByRole('button', { name: 'Save' }).click();
    await menu.locator('.ok').waitFor();
    result.upload_hint = await text(menu.locator('.hint'));
    // Then a spoken greeting replaces the file.
    await menu.getByLabel('Menu greeting', { exact: true }).selectOption({ label: 'Text spoken by the box' });
    await menu.getByLabel('Greeting text').fill(env.PANEL_GREETING);
    await menu.getByRole('button', { name: 'Save' }).click();
    await menu.locator('.ok').waitFor();
    // What a fresh visit shows.
    await page.reload();
    await menu.waitFor();
    result.reloaded = {
      kind: await menu.getByLabel('Menu greeting', { exact: true }).inputValue(),
      text: await menu.getByLabel('Greeting text').inputValue(),
      timeout: await menu.getByLabel('Seconds to wait for a key').inputValue(),
      fax: await fax.getByLabel('Fax number').inputValue(),
    };
    await shot('main-fax');
    await page.setViewportSize({ width: 390, height: 844 });
    result.overflow_390 = await overflows(page);
    await shot('main-fax-390');
  }
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
