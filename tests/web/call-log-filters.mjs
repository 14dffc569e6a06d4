// The call log's filters and "Load more", then a plain user's "My calls": run by
// tests/web_call_log_filters.rs, which seeds the calls and checks what this prints.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_USER / PANEL_USER_PASSWORD (a plain user),
// PANEL_TODAY, PANEL_THREE_DAYS_AGO, PANEL_OLD_FROM, PANEL_OLD_TO (UTC days, YYYY-MM-DD),
// PANEL_OUT (screenshots). Prints one JSON line.
import { openBrowser, signIn } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

const rows = () => page.locator('tr.call').evaluateAll((trs) => trs.map((r) => r.dataset.call));
const settled = () => page.locator('section[aria-labelledby="calls-h"][aria-busy="false"]').waitFor();

/** Does `action`, waits for the box's answer to the listing whose address has `part`, and
 * returns the rows then shown. */
async function listed(action, part) {
  const answer = page.waitForResponse((r) => r.url().includes('/cdrs') && r.url().includes(part));
  await action();
  await answer;
  await settled();
  return rows();
}

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  result.default = await listed(() => page.getByRole('link', { name: 'Call logs' }).click(), 'cdrs/interaction');
  result.users = (await page.locator('#calls_user option').allTextContents()).map((x) => x.trim());

  // By user: the calls any leg of which is theirs.
  const user = page.getByLabel('User', { exact: true });
  await page.locator('#calls_user option', { hasText: 'Bob Babbage' }).waitFor({ state: 'attached' });
  result.bob = await listed(() => user.selectOption({ label: 'Bob Babbage' }), '/cdrs/interaction');
  await shot('calls-of-bob');
  result.ada = await listed(() => user.selectOption({ label: 'Ada Lovelace' }), '/cdrs/interaction');
  await listed(() => user.selectOption({ label: 'All users' }), 'accounts/');

  // By a part of a number (Enter applies it at once); kept across a reload.
  const number = page.getByLabel('Number contains');
  result.number = await listed(async () => {
    await number.fill('5550123');
    await number.press('Enter');
  }, 'number_contains=5550123');
  await shot('calls-with-number');
  result.reloaded = await listed(() => page.reload(), 'number_contains=5550123');
  result.reloaded_number = await page.getByLabel('Number contains').inputValue();
  result.reloaded_hash = await page.evaluate(() => location.hash);

  // An address typed in (the filters follow it): a day that is none falls back to the default,
  // a bad number is the box's 400 at the number field.
  await listed(() => page.goto(`${env.PANEL_URL}#calls?from=nonsense&to=${env.PANEL_TODAY}&number=12%2034`), 'number_contains=12');
  result.bad_hash_from = await page.getByLabel('From (UTC day)').inputValue();
  result.bad_number = (await page.locator('#calls_number-error').textContent()).trim();
  await listed(async () => {
    await number.fill('');
    await number.press('Enter');
  }, 'cdrs/interaction');

  // By days: one day three days ago; then from after to, refused at the field.
  const from = page.getByLabel('From (UTC day)');
  const to = page.getByLabel('To (UTC day)');
  await listed(() => to.fill(env.PANEL_THREE_DAYS_AGO), 'created_to');
  result.three_days_ago = await listed(() => from.fill(env.PANEL_THREE_DAYS_AGO), 'created_from');
  await listed(() => from.fill(env.PANEL_TODAY), 'created_from');
  result.bad_range = (await page.locator('#calls_from-error').textContent()).trim();
  await shot('calls-bad-range');

  // More calls than a page: "Load more" brings the rest, then goes.
  await listed(() => to.fill(env.PANEL_OLD_TO), 'created_to');
  result.first_page = (await listed(() => from.fill(env.PANEL_OLD_FROM), 'created_from')).length;
  const more = page.getByRole('button', { name: 'Load more' });
  const answer = page.waitForResponse((r) => r.url().includes('start_key='));
  await more.click();
  await answer;
  // A row past the first page (waitForFunction's polling breaks the panel's strict CSP).
  await page.locator('tr.call').nth(result.first_page).waitFor();
  const all = await rows();
  result.after_more = all.length;
  result.last_rows = all.slice(-2);
  result.more_after_last = await page.locator('button.more').count();
  await shot('calls-all-pages');
  await page.getByRole('button', { name: 'Sign out' }).click();

  // A plain user's own calls: the day filters only.
  await signIn(page, env.PANEL_URL, env.PANEL_USER, env.PANEL_USER_PASSWORD);
  result.my_calls = await listed(() => page.getByRole('link', { name: 'My calls' }).click(), '/cdrs?');
  result.my_fields = (await page.locator('form.filters label').allTextContents()).map((x) => x.trim());
  await listed(() => page.getByLabel('To (UTC day)').fill(env.PANEL_THREE_DAYS_AGO), '/cdrs?');
  result.my_three_days_ago = await listed(() => page.getByLabel('From (UTC day)').fill(env.PANEL_THREE_DAYS_AGO), '/cdrs?');
  await shot('my-calls-three-days-ago');
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
