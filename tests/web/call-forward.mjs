// An admin sets forwarding modes on the user Features screen: Bob forwards to Dee when busy
// (a bad number refused at its field first), Cy when not answered within 5 seconds (a ring
// time out of range refused first). Then Bob gets a custom internal caller ID, and an edit of
// his name in the Users form keeps it, while Eve's derived one follows her new name and
// extension. Run by tests/web_call_forward.rs, which checks the documents and the calls.
// Env: PANEL_URL, PANEL_PASSWORD, PANEL_OUT. Prints one JSON line.
import { openBrowser, signIn } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};
const text = async (selector) => (await page.locator(selector).textContent()).trim();
const forwardCard = () => page.locator('form[aria-labelledby="features-h"]');

/** Opens a user's Features screen from the list. */
async function features(username) {
  await page.getByRole('button', { name: `Features ${username}` }).click();
  await page.getByRole('heading', { name: 'Features of' }).waitFor();
}

/** Saves `card` and waits for its "Saved." */
async function save(card) {
  await card.getByRole('button', { name: 'Save' }).click();
  await card.getByRole('status').waitFor();
}

const backToList = () => page.getByRole('button', { name: 'Users' }).first().click();

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  await page.getByRole('link', { name: 'Users' }).click();

  await features('bob');
  let card = forwardCard();
  result.modes = (await card.getByLabel('Forward my calls').locator('option').allTextContents()).map((x) => x.trim());
  await card.getByLabel('Forward my calls').selectOption('busy');
  result.ring_time_for_busy = await card.getByLabel('Ring my phones first (seconds)').count();
  await card.getByLabel('Forward to (number)').fill('12ab');
  await card.getByRole('button', { name: 'Save' }).click();
  result.busy_number_error = await text('#forward_number-error');
  await card.getByLabel('Forward to (number)').fill('1004');
  await save(card);
  await shot('bob-busy');

  const cid = page.locator('#feature-caller-id');
  await cid.getByLabel('Internal name').fill('Bob at Reception');
  await save(cid);
  await backToList();

  await features('cy');
  card = forwardCard();
  await card.getByLabel('Forward my calls').selectOption('no_answer');
  await card.getByLabel('Forward to (number)').fill('1004');
  await card.getByLabel('Ring my phones first (seconds)').fill('3');
  await card.getByRole('button', { name: 'Save' }).click();
  result.ring_seconds_error = await text('#forward_ring_seconds-error');
  result.kept_number = await card.getByLabel('Forward to (number)').inputValue();
  await card.getByLabel('Ring my phones first (seconds)').fill('5');
  await save(card);
  await shot('cy-no-answer');
  await backToList();

  // The card shows what was saved when opened again.
  await features('cy');
  result.cy_mode = await forwardCard().getByLabel('Forward my calls').inputValue();
  result.cy_ring = await forwardCard().getByLabel('Ring my phones first (seconds)').inputValue();
  await backToList();

  // Bob's name changes in the Users form: his custom internal caller ID stays.
  await page.getByRole('button', { name: 'Edit bob' }).click();
  await page.getByLabel('Last name').fill('Sample');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Edit bob' }).waitFor();
  await shot('bob-renamed');
  // Eve's internal caller ID is the one the form made: it follows her new name and extension.
  await page.getByRole('button', { name: 'Edit eve' }).click();
  await page.getByLabel('Last name').fill('Sample');
  await page.getByLabel('Extension').fill('1006');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Edit eve' }).waitFor();
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
