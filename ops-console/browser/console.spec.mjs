// The ops console in a real browser: Debian's chromium driven by playwright-core, run by node's own test runner.
// ConsoleBrowserIT (ops-console) starts devstack, the pipeline and the console, prepares the books, and runs
//   node --test console.spec.mjs
// with CONSOLE_URL, CONSOLE_KEY, BLOCKED_BOOK, RENDERED_BOOKS (comma-separated), EXPERIMENT and SCREENSHOT_DIR set.
// The steps run in order on one page: each builds on the one before (signed in, then the replay, then the render).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chromium } from 'playwright-core';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run through ConsoleBrowserIT)`);
  return v;
};
const url = env('CONSOLE_URL');
const key = env('CONSOLE_KEY');
const blocked = env('BLOCKED_BOOK');
const rendered = env('RENDERED_BOOKS').split(',');
const experiment = env('EXPERIMENT');
const shots = env('SCREENSHOT_DIR');

let browser;
let page;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: path.join(shots, name), fullPage: true });
const text = (selector) => page.locator(selector).innerText();

test('sign-in: a wrong key is refused, the client key opens the console', async () => {
  await page.goto(url + '/');
  assert.match(page.url(), /\/login\?next=/);
  await page.fill('#key', 'devstack.not-the-key');
  await page.keyboard.press('Enter');
  assert.match(await text('.error'), /not valid/);
  await shot('login.png');
  await page.fill('#key', key);
  await page.keyboard.press('Enter');
  await page.waitForURL(url + '/');
  assert.equal(await text('h1'), 'Overview');
});

test('overview: the rendered and the blocked books, the DLQ with its reason', async () => {
  const main = await text('main');
  for (const id of [...rendered, blocked]) {
    assert.ok(main.includes(id), `overview lists book ${id}`);
  }
  const blockedCount = await page.locator('dl.counts div', { hasText: 'blocked' }).locator('dd').innerText();
  assert.equal(blockedCount, '1');
  const dlqRow = page.locator('tr.dlq', { hasText: 'satpage-satellite-page-jobs-dlq' });
  assert.match(await dlqRow.innerText(), /imagery-corrupt × 2/);
  await shot('overview.png');
});

test('a blocked book: its reason and its dead letters', async () => {
  await page.getByRole('link', { name: blocked, exact: true }).first().click();
  await page.waitForURL(`${url}/books/${blocked}`);
  assert.equal(await text('#state'), 'BLOCKED');
  assert.match(await text('#deps'), /Satellite pages/);
  assert.match(await page.locator('section', { has: page.locator('#deps') }).innerText(), /imagery-corrupt/);
  const dead = await text('#book-dead-letters');
  assert.match(dead, /satpage-satellite-page-jobs-dlq/);
  assert.match(dead, /imagery-corrupt/);
  assert.match(await page.locator('table.timeline').innerText(), /failed/);
  await shot('book-blocked.png');
});

test('dead letters: filtered by book, with reason, attempts and first failure', async () => {
  await page.goto(`${url}/dead-letters?book=${encodeURIComponent(blocked)}`);
  const table = await text('table.dead-letters');
  assert.match(table, /imagery-corrupt/);
  assert.ok(table.includes(blocked));
  assert.equal(await page.locator('table.dead-letters tbody tr').count(), 2);
  await shot('dead-letters.png');
});

test('replay from the page: a dry run, a confirmation, then the book renders', async () => {
  await page.goto(`${url}/books/${blocked}`);
  // Keyboard only: focus the replay button and press Enter.
  await page.getByRole('button', { name: /Replay this book's messages/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${url}/dead-letters/replay`);
  assert.match(await text('#replay-summary'), /Dry run: would move 2 of /);
  await shot('replay-dry-run.png');
  // The dry run moved nothing: the dead letters are still there (looked at in a second tab).
  const other = await page.context().newPage();
  await other.goto(`${url}/books/${blocked}`);
  assert.equal(await other.locator('#book-dead-letters tbody tr').count(), 2);
  await other.close();
  await page.locator('#confirm-replay').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${url}/dead-letters/replay/confirm`);
  assert.match(await text('#replay-summary'), /Replayed: moved 2 of /);
  await shot('replay-done.png');

  const deadline = Date.now() + 180_000;
  let state;
  for (;;) {
    await page.goto(`${url}/books/${blocked}`);
    state = await text('#state');
    if (state === 'READY' || Date.now() > deadline) break;
    await page.waitForTimeout(2_000);
  }
  assert.equal(state, 'READY');
  assert.match(await page.locator('table.timeline').innerText(), /rendered done/);
  const thumbs = page.locator('ul.thumbs img');
  assert.ok((await thumbs.count()) >= 2, 'satellite and rendered page thumbnails');
  for (const img of await thumbs.all()) {
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.complete, await img.elementHandle());
    assert.ok(await img.evaluate((el) => el.naturalWidth > 0), `thumbnail ${await img.getAttribute('src')} loads`);
  }
  await shot('book-rendered.png');
});

test('experiments: the list, then the report with its figures and thumbnails', async () => {
  await page.getByRole('link', { name: 'Experiments' }).click();
  await page.waitForURL(`${url}/experiments`);
  await shot('experiments.png');
  await page.getByRole('link', { name: experiment }).click();
  await page.waitForURL(`${url}/experiments/${experiment}`);
  const report = await text('main');
  assert.match(report, new RegExp(`Experiment ${experiment}`));
  assert.match(report, /SSIM/);
  assert.match(report, /Latency/);
  const thumbs = page.locator('.experiment-report img');
  assert.ok((await thumbs.count()) >= 2, 'a control and a candidate thumbnail');
  for (const img of await thumbs.all()) {
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.complete, await img.elementHandle());
    assert.ok(await img.evaluate((el) => el.naturalWidth > 0), `thumbnail ${await img.getAttribute('src')} loads`);
  }
  await shot('experiment-report.png');
});
