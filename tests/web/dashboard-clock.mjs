// The dashboard on a box whose clock is or is not set: the clock banner's text, or its absence,
// once the dashboard's box-wide facts have loaded. Run by tests/web_panel.rs.
// Env: PANEL_URL, PANEL_PASSWORD (admin), PANEL_OUT (screenshots), PANEL_SHOT (its name).
// Prints one JSON line.
import { openBrowser, signIn } from './browser.mjs';

const env = process.env;
const { context, page, problems, shot } = await openBrowser(env.PANEL_OUT);
const result = {};

try {
  await signIn(page, env.PANEL_URL, 'admin', env.PANEL_PASSWORD);
  // The version tile comes with system_status, as the clock's state does.
  await page.locator('[data-tile=version]').waitFor();
  const banner = page.locator('[data-alert=clock]');
  result.clock_banner = (await banner.count()) ? (await banner.textContent()).trim() : null;
  result.clock_banner_role = (await banner.count()) ? await banner.getAttribute('role') : null;
  await shot(env.PANEL_SHOT);
} catch (e) {
  problems.push(`script: ${e.message}`);
}
result.problems = problems;
await context.close();
console.log(JSON.stringify(result));
