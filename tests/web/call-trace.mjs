// An opened call's SIP ladder, raw message, problem report and pcap download in Call logs.
// Run by tests/web_call_trace.rs after a real call through the box.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_CALL_ID (the caller's Call-ID), PANEL_OUT.
// Prints one JSON line.

import { openBrowser, signIn } from './browser.mjs';
import { readFileSync } from 'node:fs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  await page.getByRole('link', { name: 'Call logs' }).click();
  const call = page.locator('tr.call').first();
  await call.getByRole('button').click();

  // The ladder: a column per party, an arrow per message.
  const arrows = page.locator('.ladder .arrow');
  await arrows.first().waitFor();
  result.parties = (await page.locator('.ladder .party').allTextContents()).map((x) => x.trim());
  result.arrows = (await arrows.allTextContents()).map((x) => x.trim());
  await shot('call-ladder');

  // An arrow opens its raw message.
  await arrows.filter({ hasText: /^BYE / }).first().click();
  result.raw = await page.locator('.trace .raw pre').textContent();

  // The problem report, in a read-only text area with a copy button.
  await page.getByRole('button', { name: 'Problem report' }).click();
  const report = page.getByRole('textbox', { name: 'Problem report' });
  await report.waitFor();
  result.report = await report.inputValue();
  result.report_readonly = await report.evaluate((a) => a.readOnly);
  await page.getByRole('button', { name: 'Copy' }).click();
  // The copy is asynchronous (the clipboard API): wait for the status to say something.
  const status = page.locator('.report [role=status]');
  await status.filter({ hasText: /\S/ }).waitFor();
  result.copied = (await status.textContent()).trim();
  await shot('call-problem-report');

  // The pcap, fetched with the token header and saved as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pcap' }).click()]);
  result.pcap_name = download.suggestedFilename();
  const bytes = readFileSync(await download.path());
  result.pcap_magic = bytes.subarray(0, 4).toString('hex');
  result.pcap_bytes = bytes.length;
} catch (e) {
  problems.push(`script: ${e.message}`);
  await shot('call-trace-failure').catch(() => {});
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
