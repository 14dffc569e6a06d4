// The Main number screen in Chromium: a main number, per-day hours from a template with
// Tuesday changed, a lunch break, a CSV line that is wrong (shown, naming the line), three
// holidays (a date, a range over the year's end, the fourth Thursday of November), where
// calls go in open hours and on holidays, and the live open/closed line. Run by
// tests/web_main_hours.rs, which checks the documents and calls the number with SIPp.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT, PANEL_MODE (`setup`, or `line`: only
// read the live line, for a box restarted at another time), PANEL_SHOT (screenshot name),
// PANEL_OPEN_USER / PANEL_HOLIDAY_USER (names shown in the user lists).
// Prints one JSON line.
import { openBrowser, signIn, overflows } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};
const text = async (locator) => (await locator.textContent()).trim();

async function addHoliday(name, kind, fill) {
  await page.getByLabel('Holiday name').fill(name);
  await page.getByLabel('Kind of holiday').selectOption({ label: kind });
  await fill();
  await page.getByRole('button', { name: 'Add holiday' }).click();
  await page.locator('.holiday', { hasText: name }).waitFor();
}

async function handling(window, how, user) {
  const form = page.getByRole('form', { name: window });
  await form.getByLabel('Calls go to').selectOption({ label: how });
  if (user) await form.getByLabel('User').selectOption({ label: user });
  await form.getByRole('button', { name: 'Save' }).click();
  await form.locator('.ok').waitFor();
}

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  await page.getByRole('link', { name: 'Main number' }).click();
  const line = page.locator('.office-line');
  if (env.PANEL_MODE === 'line') {
    result.line = await text(line);
  } else {
    await page.getByLabel('Number (E.164').fill('+14155550100');
    await page.getByRole('button', { name: 'Add a main number' }).click();
    await page.locator('.main-number', { hasText: '+14155550100' }).waitFor();
    result.line_24h = await text(line);

    // Hours: the Mon–Sat template, Saturday off again, Tuesday 08:00-12:00, lunch 12-13.
    await page.getByLabel('Open on these days and hours').check();
    await page.getByLabel('Template').selectOption({ label: 'Mon–Sat 9–17' });
    await page.getByRole('button', { name: 'Use template' }).click();
    await page.getByLabel('Saturday', { exact: true }).uncheck();
    await page.getByLabel('Tuesday opens').fill('08:00');
    await page.getByLabel('Tuesday closes').fill('12:00');
    await page.getByLabel('Lunch break').check();
    await page.getByLabel('Lunch starts').fill('12:00');
    await page.getByLabel('Lunch ends').fill('13:00');

    // A CSV with a bad line changes nothing and names the line.
    await page.getByText('Import hours', { exact: true }).first().click();
    await page.getByLabel('Hours as CSV').fill('day,open,close\nmonday,09:00,17:00\nfunday,09:00,17:00\ntuesday,9,12\n');
    await page.getByRole('button', { name: 'Import hours' }).click();
    result.csv_errors = await page.locator('#hours_csv-error li').allTextContents();
    result.tuesday_after_bad_csv = await page.getByLabel('Tuesday opens').inputValue();
    await shot('main-hours-bad-csv');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByRole('status').waitFor();
    result.hours_saved = await text(page.getByRole('status'));
    await page.locator('.office-line', { hasText: 'closes' }).waitFor();
    result.line_open = await text(line);

    // Holidays.
    await addHoliday('Founders day', 'A date', () => page.getByLabel('Date').fill('2027-01-11'));
    await addHoliday('Winter break', 'A date range', async () => {
      await page.getByLabel('Date').fill('2027-12-24');
      await page.getByLabel('Until').fill('2028-01-02');
    });
    await addHoliday('Thanksgiving', 'Advanced (such as the fourth Thursday of November)', async () => {
      await page.getByLabel('Which').selectOption({ label: 'Fourth' });
      await page.getByLabel('Weekday').selectOption({ label: 'Thursday' });
      await page.getByLabel('Month').selectOption({ label: 'November' });
    });
    result.holidays = await page.locator('.holiday').allTextContents();
    // A holiday without a name is refused at its field.
    await page.getByRole('button', { name: 'Add holiday' }).click();
    result.holiday_no_name = await text(page.locator('#holiday_name-error'));

    // Where calls go: open hours to one user, holidays to another then voicemail refused
    // (no box), so a user alone.
    await handling('Calls in open hours', 'A user', env.PANEL_OPEN_USER);
    const holidays = page.getByRole('form', { name: 'Calls on holidays' });
    await holidays.getByLabel('Calls go to').selectOption({ label: 'A user, then their voicemail' });
    await holidays.getByLabel('User').selectOption({ label: env.PANEL_HOLIDAY_USER });
    await holidays.getByRole('button', { name: 'Save' }).click();
    result.handling_no_vmbox = await text(holidays.locator('.error'));
    await handling('Calls on holidays', 'A user', env.PANEL_HOLIDAY_USER);
    // After hours: the virtual receptionist, 1 for one user and 2 for the other.
    const after = page.getByRole('form', { name: 'Calls after hours' });
    await after.getByLabel('Key 1').selectOption({ label: env.PANEL_OPEN_USER });
    await after.getByLabel('Key 2').selectOption({ label: env.PANEL_HOLIDAY_USER });
    await after.getByRole('button', { name: 'Save' }).click();
    await after.locator('.ok').waitFor();
    result.line_after = await text(line);

    // The main conference number with a spoken greeting; a bad number refused at the field.
    await page.getByLabel('Conference number', { exact: true }).fill('12a');
    await page.getByRole('button', { name: 'Save conference number' }).click();
    result.conf_bad = await text(page.locator('#conf_number-error'));
    await page.getByLabel('Conference number', { exact: true }).fill('+14155550199');
    await page.getByLabel('Greeting callers hear first').fill('Welcome to the office conference.');
    await page.getByRole('button', { name: 'Save conference number' }).click();
    await page.locator('form[aria-labelledby=conf-h] .ok').waitFor();
  }
  await shot(env.PANEL_SHOT || 'main-hours');
  await page.setViewportSize({ width: 390, height: 844 });
  result.overflow_390 = await overflows(page);
  await shot(`${env.PANEL_SHOT || 'main-hours'}-390`);
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
