// Web panel benchmark (driven by scripts/bench/panel.sh; Node 20, playwright-core from tests/web).
//
// One box (release binary, fresh data dir in a temp dir, free loopback ports), Debian's headless
// Chromium. Phases:
//   1. weight: each admin screen loaded in a fresh browser context (cold cache), then navigated
//      to again in the same context (cache warm): bytes on the wire (CDP encodedDataLength, HTTP
//      headers included, so gzip as served), decoded bytes, requests and /v2 requests. Once on the
//      empty office, once with 1,000 users (each with a device and a mainUserCallflow, made
//      through the API).
//   2. users list: navigation -> 1,000 user rows in the DOM (and, when the screen has a search
//      box, typing a username filters the rows), Chromium at 4x CPU throttling
//      (Emulation.setCPUThrottlingRate), median of --runs cold-cache loads. Baseline in the same
//      run: a static HTML page of the same decoded byte count (the panel's own rendered 1,000-row
//      table, padded with its own script and JSON text in a comment) served gzipped with the
//      box's headers for `/` by a tiny HTTP server here (nothing is added to the product),
//      with the panel's stylesheet. Times come from the page: performance.now() (navigation
//      start = 0) when a MutationObserver sees as many <tr> as the panel's table has (header, the
//      1,000 users and the admin).
// Every wait is bounded; the box and the browser are stopped and the temp dir removed at exit.
// Env/args: --binary PATH (required), --runs N (default 7), --users N (default 1000),
//           --throttle RATE (default 4; 1 = none),
//           --phases weight,users (weight: every screen; without it only the users screen is weighed),
//           --out FILE (default scripts/bench/results/panel-<UTC>.json), --keep.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as netServer } from 'node:net';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const require = createRequire(join(ROOT, 'tests/web/package.json'));
const { chromium } = require('playwright-core');

const PASSWORD = 'benchpw-Panel-1';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENS = { dashboard: 'dashboard', users: 'users', groups: 'groups', numbers: 'numbers', main: 'main number', devices: 'devices', voicemail: 'voicemail', conferences: 'conferences', codes: 'feature codes', calls: 'call logs', settings: 'settings' };
const SESSION_KEY = 'edgepbx.session';
const THROTTLE_DEFAULT = 4;

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]] : acc), [])
);
const RUNS = Number(args.runs || 7);
const PHASES = String(args.phases || 'weight,users').split(',');
const THROTTLE = Number(args.throttle || THROTTLE_DEFAULT);
const USERS = Number(args.users || 1000);
if (!args.binary) throw new Error('--binary PATH is required');

const log = (m) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : null;
};
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const load = () => loadavg().map((x) => round(x, 2));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = netServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Polls `check` every `ms` until it returns a truthy value or `limitMs` passes (then throws). */
async function until(what, check, limitMs, ms = 50) {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, ms));
  }
}

// -- the box ---------------------------------------------------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'edgepbx-panelbench-'));
let box = null;
let browser = null;
let baselineServer = null;
async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  if (baselineServer) baselineServer.close();
  if (box && box.exitCode === null) {
    box.kill('SIGTERM');
    await Promise.race([new Promise((r) => box.once('exit', r)), new Promise((r) => setTimeout(r, 10000))]);
    if (box.exitCode === null) box.kill('SIGKILL');
  }
  if (args.keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().then(() => process.exit(130)));

async function startBox() {
  const [http, sip, sips] = [await freePort(), await freePort(), await freePort()];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('EDGEPBX_')));
  env.EDGEPBX_ADMIN_PASSWORD = PASSWORD;
  let text = '';
  box = spawn(args.binary, ['run', '--http', `127.0.0.1:${http}`, '--https', 'off', '--sip', `127.0.0.1:${sip}`, '--sips', `127.0.0.1:${sips}`, '--data', join(tmp, 'data')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const s of [box.stdout, box.stderr]) s.on('data', (d) => (text = (text + d).slice(-200000)));
  await until('the box to be ready', () => {
    if (box.exitCode !== null) throw new Error(`box exited ${box.exitCode}:\n${text.slice(-3000)}`);
    return /edgepbx ready/.test(text);
  }, 30000);
  box.logText = () => text;
  return `http://127.0.0.1:${http}`;
}

async function api(base, method, path, data, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers['X-Auth-Token'] = token;
  const res = await fetch(base + '/v2/' + path, { method, headers, body: data === undefined ? undefined : JSON.stringify({ data }), signal: AbortSignal.timeout(30000) });
  const body = await res.json().catch(() => null);
  return { status: res.status, body };
}

async function signInApi(base) {
  const credentials = createHash('md5').update(`admin:${PASSWORD}`).digest('hex');
  const r = await api(base, 'PUT', 'user_auth', { credentials, account_name: 'office' });
  if (r.status !== 201 && r.status !== 200) throw new Error(`login: ${r.status} ${JSON.stringify(r.body)}`);
  const s = { token: r.body.auth_token, account: r.body.data.account_id, owner: r.body.data.owner_id, accountName: 'office', admin: true };
  // Past the first-boot password change: the wizard would replace every screen.
  const p = await api(base, 'PATCH', `accounts/${s.account}/users/${s.owner}`, { require_password_update: false }, s.token);
  if (p.status !== 200) throw new Error(`first boot: ${p.status} ${JSON.stringify(p.body)}`);
  return s;
}

/** USERS users, each with a SIP device and a mainUserCallflow (its extension), 8 at a time. */
async function loadOffice(base, s) {
  const A = `accounts/${s.account}`;
  const t0 = Date.now();
  let next = 0;
  const errors = [];
  const worker = async () => {
    while (next < USERS && errors.length === 0) {
      const i = next++;
      const must = async (kind, doc) => {
        const r = await api(base, 'PUT', `${A}/${kind}`, doc, s.token);
        if (r.status !== 201) errors.push(`${kind} ${i}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
        return r.body && r.body.data && r.body.data.id;
      };
      const id = await must('users', { first_name: `First${i % 50}`, last_name: `Last${i}`, username: `user${i}`, password: `secret-${i}-Pw`, email: `user${i}@office.local` });
      if (!id) return;
      await must('devices', { name: `Desk phone ${i}`, owner_id: id, device_type: 'sip_device', sip: { username: `dev${i}`, password: `devpw-${i}-x` } });
      await must('callflows', { name: `User ${i}`, type: 'mainUserCallflow', owner_id: id, numbers: [String(2000 + i)], flow: { module: 'user', data: { id, timeout: 20 }, children: {} } });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  if (errors.length) throw new Error(`loading the office: ${errors.slice(0, 3).join('; ')}`);
  const r = await api(base, 'GET', `${A}/users?paginate=false`, undefined, s.token);
  const n = r.body.data.length;
  log(`made ${USERS} users + devices + callflows in ${((Date.now() - t0) / 1000).toFixed(1)} s; the account has ${n} users`);
  return { users_in_account: n, seconds: round((Date.now() - t0) / 1000) };
}

// -- the browser -----------------------------------------------------------------------------

/** A fresh context (own cache) with the session in sessionStorage and `extra` init code. */
async function newPage(s, extra = '') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  context.setDefaultTimeout(60000);
  await context.addInitScript(`try { if (location.protocol === 'http:' && ${s ? 'true' : 'false'}) sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(JSON.stringify(s))}); } catch (e) {}\n${extra}`);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, problems };
}

/** Records every request of the page over CDP: url, wire bytes, decoded bytes, whether cached. */
async function recorder(cdp) {
  const reqs = new Map();
  const at = (id) => reqs.get(id) || reqs.set(id, { url: '', method: '', wire: 0, decoded: 0, cached: false, status: 0, done: false }).get(id);
  cdp.on('Network.requestWillBeSent', (e) => Object.assign(at(e.requestId), { url: e.request.url, method: e.request.method }));
  cdp.on('Network.requestServedFromCache', (e) => (at(e.requestId).cached = true));
  cdp.on('Network.responseReceived', (e) => {
    const r = at(e.requestId);
    r.status = e.response.status;
    if (e.response.fromDiskCache || e.response.fromPrefetchCache) r.cached = true;
  });
  cdp.on('Network.dataReceived', (e) => (at(e.requestId).decoded += e.dataLength));
  cdp.on('Network.loadingFinished', (e) => Object.assign(at(e.requestId), { wire: e.encodedDataLength, done: true }));
  cdp.on('Network.loadingFailed', (e) => Object.assign(at(e.requestId), { failed: e.errorText, done: true }));
  await cdp.send('Network.enable');
  return {
    reset: () => reqs.clear(),
    list: () => [...reqs.values()].filter((r) => r.url.startsWith('http')),
  };
}

/** Loads `url` and waits until the screen has settled: no request in flight for 500 ms, no "Loading…". */
async function loadScreen(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.waitForLoadState('networkidle', { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('main') && !/Loading…/.test(document.querySelector('main').textContent), null, { timeout: 60000 });
}

function summarise(list) {
  const v2 = list.filter((r) => new URL(r.url).pathname.startsWith('/v2/'));
  const sum = (xs, k) => xs.reduce((a, r) => a + r[k], 0);
  return {
    requests: list.length,
    v2_requests: v2.length,
    v2_writes: v2.filter((r) => !['GET', 'HEAD'].includes(r.method)).map((r) => `${r.method} ${new URL(r.url).pathname}`),
    from_cache: list.filter((r) => r.cached).length,
    wire_bytes: sum(list, 'wire'),
    decoded_bytes: sum(list, 'decoded'),
    v2_wire_bytes: sum(v2, 'wire'),
    failed: list.filter((r) => r.failed || r.status >= 400).map((r) => `${r.status} ${r.url} ${r.failed || ''}`),
    urls: list.map((r) => `${r.cached ? '(cache) ' : ''}${r.method} ${r.status} ${new URL(r.url).pathname}${new URL(r.url).search} ${r.wire}`),
  };
}

/** Each screen: a cold load in a new context, then about:blank and the same URL again (cache warm). */
async function weigh(base, s, label, screens = Object.keys(SCREENS)) {
  const out = {};
  for (const [hash, name] of Object.entries(SCREENS).filter(([h]) => screens.includes(h))) {
    const { context, page, cdp, problems } = await newPage(s);
    const rec = await recorder(cdp);
    await loadScreen(page, `${base}/#${hash}`);
    const cold = summarise(rec.list());
    await page.goto('about:blank');
    rec.reset();
    await loadScreen(page, `${base}/#${hash}`);
    const warm = summarise(rec.list());
    out[hash] = { name, cold, warm, problems };
    if (hash === 'users') out[hash].decoded_by_url = rec.list().map((r) => [new URL(r.url).pathname, r.decoded]);
    await context.close();
    log(`${label} ${name}: cold ${cold.wire_bytes} B wire (${cold.decoded_bytes} decoded), ${cold.requests} requests, ${cold.v2_requests} /v2; warm ${warm.wire_bytes} B, ${warm.v2_requests} /v2${problems.length ? ' PROBLEMS ' + problems.join('; ') : ''}`);
  }
  return out;
}

// -- users list timing -------------------------------------------------------------------------

// In the page from its first script on: the time (performance.now(), navigation start = 0) the
// document first holds `want` <tr> elements, and when it then first holds at most `filtered`.
const observer = (want, filtered) => `(() => {
  const b = window.__bench = { rowsAt: null, filteredAt: null };
  const trs = document.getElementsByTagName('tr');
  const obs = new MutationObserver(() => {
    const n = trs.length;
    if (b.rowsAt === null && n >= ${want}) b.rowsAt = performance.now();
    else if (b.rowsAt !== null && b.filteredAt === null && n <= ${filtered}) { b.filteredAt = performance.now(); obs.disconnect(); }
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

const SEARCH = 'main input[type=search], main [role=searchbox], main input[aria-label*="earch"]';

/** One throttled cold load of `url`: ms to the rows, and to a filtered list when there is a search box. */
async function timeLoad(url, s, rows) {
  const { context, page, cdp, problems } = await newPage(s, observer(rows, 3));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url, { waitUntil: 'commit', timeout: 60000 });
  // Polled from here (page.evaluate): the panel's CSP forbids the eval waitForFunction's polling uses.
  const bench = () => page.evaluate(() => window.__bench || null);
  await until('the rows', async () => (await bench())?.rowsAt != null, 120000);
  const search = page.locator(SEARCH).first();
  let hasSearch = (await search.count()) > 0;
  if (hasSearch) {
    await search.fill(`user${USERS - 1}`);
    await until('the filtered rows', async () => (await bench()).filteredAt !== null, 60000);
  }
  const b = await bench();
  await context.close();
  return { rows_ms: b.rowsAt, usable_ms: hasSearch ? b.filteredAt : b.rowsAt, search_box: hasSearch, problems };
}

/** The baseline page: the panel's rendered users table as static HTML, padded to `bytes`. */
async function baselinePage(base, s, bytes, padding) {
  const { context, page } = await newPage(s);
  await loadScreen(page, `${base}/#users`);
  const table = await page.locator('main table').evaluate((t) => t.outerHTML);
  const rows = await page.locator('main table tr').count();
  const css = await page.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
  await context.close();
  const head = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>edgepbx baseline</title>\n<link rel="stylesheet" href="${css}">\n</head>\n<body>\n<div id="app"><main><section><h2>Users</h2>\n`;
  const tail = `\n</section></main></div>\n</body>\n</html>\n`;
  let html = head + table + tail;
  // Pad with the panel's own text (script and JSON) so it compresses like the panel does.
  const room = bytes - Buffer.byteLength(html) - '<!--  -->'.length;
  if (room > 0) {
    let pad = padding.replace(/--/g, '- ').replace(/[^\x20-\x7e\n]/g, ' ');
    while (pad.length < room) pad += pad;
    html = head + table + `<!-- ${pad.slice(0, room)} -->` + tail;
  }
  return { html: Buffer.from(html), css, rows };
}

/** Serves the baseline page at / and the panel's stylesheet, with the box's own headers, gzipped. */
async function serveBaseline(base, page) {
  const boxRoot = await fetch(base + '/', { headers: { 'Accept-Encoding': 'gzip' } });
  const cssRes = await fetch(base + page.css, { headers: { 'Accept-Encoding': 'gzip' } });
  const cssBody = Buffer.from(await cssRes.arrayBuffer());
  const keep = (res) => Object.fromEntries([...res.headers.entries()].filter(([k]) => !['content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)));
  const rootHeaders = keep(boxRoot);
  const cssHeaders = keep(cssRes);
  const gz = gzipSync(page.html, { level: 9 });
  const cssGz = gzipSync(cssBody, { level: 9 });
  const port = await freePort();
  baselineServer = createServer((req, res) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const [headers, plain, packed] = req.url.startsWith('/app.css') ? [cssHeaders, cssBody, cssGz] : [rootHeaders, page.html, gz];
    if (headers.etag && req.headers['if-none-match'] === headers.etag) return res.writeHead(304, headers).end();
    const body = gzip ? packed : plain;
    res.writeHead(200, { ...headers, 'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(body);
  });
  // The page's own ETag (the box's would claim the panel's index.html).
  rootHeaders.etag = `"${createHash('sha256').update(page.html).digest('hex').slice(0, 16)}"`;
  await new Promise((r) => baselineServer.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}/`, gzipped_bytes: gz.length, bytes: page.html.length, headers: Object.keys(rootHeaders) };
}

// -- main ------------------------------------------------------------------------------------

const report = { started_at: new Date().toISOString(), host: { cpus: cpus().length, loadavg_at_start: load(), chromium: null }, settings: { runs: RUNS, users: USERS, cpu_throttling_rate: THROTTLE, chromium_args: CHROMIUM_ARGS } };
try {
  const base = await startBox();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  report.host.chromium = browser.version();
  const s = await signInApi(base);
  log(`box at ${base}; Chromium ${browser.version()}; load ${load().join(' ')}`);

  const weightScreens = PHASES.includes('weight') ? Object.keys(SCREENS) : ['users'];
  report.weight_empty = await weigh(base, s, 'empty office', weightScreens);
  report.office = await loadOffice(base, s);
  report.weight_users = await weigh(base, s, `${USERS} users`, weightScreens);

  // The baseline's byte count: everything the users screen decodes on a cold load.
  const usersCold = report.weight_users.users.cold;
  const script = await (await fetch(base + '/app.js')).text();
  const json = JSON.stringify((await api(base, 'GET', `accounts/${s.account}/users?paginate=false`, undefined, s.token)).body);
  const page = await baselinePage(base, s, usersCold.decoded_bytes, script + json);
  const served = await serveBaseline(base, page);
  report.baseline_page = { ...served, table_rows_with_header: page.rows, matches_decoded_bytes_of: 'the panel users screen, cold load', target_bytes: usersCold.decoded_bytes, panel_wire_bytes: usersCold.wire_bytes };
  log(`baseline page ${served.bytes} B (${served.gzipped_bytes} B gzipped) at ${served.url}; panel users screen ${usersCold.decoded_bytes} B decoded, ${usersCold.wire_bytes} B on the wire`);

  // Alternate panel and baseline so both see the same machine load.
  const runs = { panel: [], baseline: [] };
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(load()[0]);
    runs.panel.push(await timeLoad(`${base}/#users`, s, page.rows));
    runs.baseline.push(await timeLoad(served.url, null, page.rows));
    log(`run ${i + 1}/${RUNS}: panel rows ${round(runs.panel[i].rows_ms)} ms usable ${round(runs.panel[i].usable_ms)} ms; baseline rows ${round(runs.baseline[i].rows_ms)} ms; load ${loads[i]}`);
  }
  const med = (k, w) => round(median(runs[k].map((r) => r[w])));
  report.users_list = {
    throttle: THROTTLE, runs: RUNS, loadavg_1m_per_run: loads,
    panel: { rows_ms_median: med('panel', 'rows_ms'), usable_ms_median: med('panel', 'usable_ms'), search_box: runs.panel[0].search_box, runs: runs.panel },
    baseline: { rows_ms_median: med('baseline', 'rows_ms'), runs: runs.baseline },
  };
  report.users_list.ratio_rows = round(report.users_list.panel.rows_ms_median / report.users_list.baseline.rows_ms_median, 2);
  report.users_list.ratio_usable = round(report.users_list.panel.usable_ms_median / report.users_list.baseline.rows_ms_median, 2);
  report.host.loadavg_at_end = load();
  printTable(report);
  const out = args.out && args.out !== true ? args.out : join(HERE, 'results', `panel-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 1));
  log(`wrote ${out}`);
} catch (e) {
  log(`FAILED: ${e.stack || e}`);
  if (box && box.logText) log(box.logText().slice(-2000));
  process.exitCode = 1;
} finally {
  await cleanup();
}

function printTable(r) {
  const kb = (b) => (b / 1024).toFixed(1).padStart(7);
  const p = (...xs) => console.log(xs.join(''));
  p(`\nPanel weight per screen (KiB on the wire incl. headers, gzip as served; requests; /v2 requests)`);
  p(`${'screen'.padEnd(14)}| ${'empty: cold'.padStart(11)} ${'warm'.padStart(7)} ${'req'.padStart(4)} ${'/v2'.padStart(4)} | ${`${USERS} users: cold`.padStart(17)} ${'warm'.padStart(7)} ${'decoded'.padStart(8)} ${'/v2'.padStart(4)}`);
  for (const k of Object.keys(r.weight_users)) {
    const e = r.weight_empty[k], u = r.weight_users[k];
    p(`${e.name.padEnd(14)}| ${kb(e.cold.wire_bytes).padStart(11)} ${kb(e.warm.wire_bytes)} ${String(e.cold.requests).padStart(4)} ${String(e.cold.v2_requests).padStart(4)} | ${kb(u.cold.wire_bytes).padStart(17)} ${kb(u.warm.wire_bytes)} ${kb(u.cold.decoded_bytes).padStart(8)} ${String(u.cold.v2_requests).padStart(4)}`);
  }
  const l = r.users_list;
  p(`\nUsers list, ${USERS} users, Chromium at ${THROTTLE}x CPU throttling, median of ${l.runs} cold loads (load avg ${l.loadavg_1m_per_run.join(', ')}):`);
  p(`  panel    navigation -> ${USERS} rows ${l.panel.rows_ms_median} ms; usable ${l.panel.usable_ms_median} ms (${l.panel.search_box ? 'search box filters' : 'no search box on the screen: usable = rows rendered'})`);
  p(`  baseline static page, same ${r.baseline_page.bytes} B (${r.baseline_page.gzipped_bytes} B gzipped), same headers: rows ${l.baseline.rows_ms_median} ms`);
  p(`  ratio    rows x${l.ratio_rows}, usable x${l.ratio_usable}`);
}
