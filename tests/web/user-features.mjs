// An admin gives users their features in the panel: Ada is added with a voicemail box, then
// gets call recording, caller ID, hot desking, music on hold and a conference bridge; Bob do
// not disturb, call failover and a voicemail box; Cy call forwarding to Dee. Bad input (a voicemail PIN, a
// hot desk PIN, a forward number) is refused at its field. Run by tests/web_user_features.rs,
// which sets the box up and checks the documents and the calls.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT (screenshots). Prints one JSON line.
import { openBrowser, signIn } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};
const text = async (selector) => (await page.locator(selector).textContent()).trim();

/** Saves the feature card `id` and waits for its "Saved." */
async function saveCard(card) {
  await card.getByRole('button', { name: 'Save' }).click();
  await card.getByRole('status').waitFor();
}

/** Opens a user's Features screen from the list. */
async function editUser(username) {
  await page.getByRole('button', { name: `Features ${username}` }).click();
  await page.getByRole('heading', { name: 'Features of' }).waitFor();
}

/** Back to the list. */
const backToList = () => page.getByRole('button', { name: 'Users' }).first().click();

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  await page.getByRole('link', { name: 'Users' }).click();

  // Ada, extension 1001, with her voicemail box: a 2-digit PIN is refused at the field.
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('User name').fill('ada');
  await page.getByLabel('Password').fill('Analytical-Engine-1843');
  await page.getByLabel('Extension').fill('1001');
  await page.getByLabel('Give this user a desk phone').uncheck();
  result.vmbox_offered = await page.getByLabel('Give this user a voice mailbox').isChecked();
  await page.getByLabel('Voice mailbox PIN').fill('12');
  await page.getByRole('button', { name: 'Save' }).click();
  result.vm_pin_error = await text('#vm_pin-error');
  await page.getByLabel('Voice mailbox PIN').fill('1234');
  await shot('add-user-with-vmbox');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Users' }).click();

  // Ada's features.
  await editUser('ada');
  result.ada_box = await text('#feature-voicemail [data-vmbox]');
  result.ada_box_on = await page.getByLabel('Unanswered calls go to this box').isChecked();

  const recording = page.locator('#feature-recording');
  await recording.getByLabel('Calls from colleagues').check();
  await saveCard(recording);

  const cid = page.locator('#feature-caller-id');
  await cid.getByLabel('External name').fill('Ada at the Office');
  await cid.getByLabel('External number').selectOption('+14155550100');
  await saveCard(cid);

  const hotdesk = page.locator('#feature-hotdesk');
  await hotdesk.getByLabel('Hot desking on').check();
  await hotdesk.getByLabel('Hot desk ID (digits)').fill('1001');
  await hotdesk.getByLabel('Ask for the PIN').check();
  await hotdesk.getByLabel('Hot desk PIN').fill('12');
  await hotdesk.getByRole('button', { name: 'Save' }).click();
  result.hotdesk_pin_error = await text('#hotdesk_pin-error');
  await hotdesk.getByLabel('Hot desk PIN').fill('4321');
  await saveCard(hotdesk);

  const moh = page.locator('#feature-moh');
  await moh.getByLabel('Music callers hear when this user holds them').selectOption({ label: 'Jazz' });
  await saveCard(moh);

  const conf = page.locator('#feature-conference');
  await conf.getByLabel('Number to dial').fill('1801');
  await conf.getByRole('button', { name: 'Make the conference bridge' }).click();
  result.conference = await text('#feature-conference [data-conference]');
  result.follow_me = await page.locator('#fmfm-h').count();
  await shot('ada-features');

  await backToList();

  // Bob: do not disturb, and call failover (a bad number refused at the field).
  await editUser('bob');
  const handling = page.locator('form[aria-labelledby="features-h"]');
  await handling.getByLabel('Do not disturb').check();
  await saveCard(handling);
  const failover = page.locator('#feature-failover');
  await failover.getByLabel('Forward when the phones are unreachable').check();
  await failover.getByLabel('Forward to (number)').fill('12ab');
  await failover.getByRole('button', { name: 'Save' }).click();
  result.failover_error = await text('#failover_number-error');
  await failover.getByLabel('Forward to (number)').fill('1004');
  await saveCard(failover);
  await shot('bob-features');

  await backToList();

  // Cy: every call forwarded to Dee's extension, taken without a key press.
  await editUser('cy');
  const forward = page.locator('form[aria-labelledby="features-h"]');
  await forward.getByLabel('Forward my calls').selectOption('always');
  await forward.getByLabel('Forward to (number)').fill('1004');
  await saveCard(forward);
  await shot('cy-features');

  await backToList();

  // Bob had no box: made from his Features panel.
  await editUser('bob');
  const vm = page.locator('#feature-voicemail');
  result.bob_no_box = (await vm.locator('.hint').textContent()).trim();
  await vm.getByLabel('Voice mailbox PIN').fill('5678');
  await vm.getByRole('button', { name: 'Make the voicemail box' }).click();
  result.bob_box = await text('#feature-voicemail [data-vmbox]');
  await shot('bob-vmbox');
} catch (e) {
  await shot('failure').catch(() => {});
  problems.push(`step failed: ${e.message}`);
} finally {
  await context.close();
}
result.problems = problems;
console.log(JSON.stringify(result));
