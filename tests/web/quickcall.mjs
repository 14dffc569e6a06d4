// The wizard's "Ring my phone" and the device list's "Call": run by tests/web_quickcall.rs,
// which registers a SIPp phone and checks that it was rung.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT (screenshots). Prints one JSON line.
import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);

  // The device list: a bad number is refused at its field, by the box.
  await page.getByRole('link', { name: 'Devices' }).click();
  await page.getByRole('button', { name: "Call from Ada's Phone" }).click();
  await page.getByLabel('Number to call').fill('12ab');
  await page.getByRole('button', { name: 'Call', exact: true }).click();
  await page.locator('.call-from .error').waitFor();
  result.call_error = (await page.locator('.call-from .error').textContent()).trim();
  await shot('devices-call');

  // The wizard's summary: the registered phone is offered and rung.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Run the setup wizard again' }).click();
  await page.getByRole('heading', { name: 'Set up the office' }).waitFor();
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next' }).click();
  const pick = page.getByLabel('Phone to ring');
  await pick.waitFor();
  result.offered = (await pick.locator('option').allTextContents()).map((x) => x.trim());
  await page.getByRole('button', { name: 'Ring my phone' }).click();
  await page.locator('.ring-my-phone [role=status]').waitFor();
  result.ring_note = (await page.locator('.ring-my-phone [role=status]').textContent()).trim();
  await page.setViewportSize({ width: 390, height: 844 });
  result.summary_overflow = await overflows(page);
  await shot('wizard-ring-my-phone-390');
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
