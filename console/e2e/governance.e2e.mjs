// The governance screens in headless Chromium against the network ConsoleIT brings up (see
// console.e2e.mjs for the set-up). Environment, from ConsoleIT:
//   CONSOLE_URL   the console on node 3
//   SCREENSHOTS   where governance.png and proposal.png go
//   NET_DIR       the network directory (members/<id>/signing.key and passphrase, nodes/<n>/node.yaml)
//   PROPOSAL_ID   an open proposal (voting open for several minutes) nobody has voted on yet
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { env, FINAL, memberDir, shot, signIn, TIMEOUT, usePage } from './support.mjs';

const URL = env('CONSOLE_URL');
const NET_DIR = env('NET_DIR');
const ID = env('PROPOSAL_ID');
const VOTER = 'icbc';

let page;

usePage((p) => (page = p));


/** The API of every node but the one the console runs on, from the nodes' node.yaml files. */
function otherNodeApis() {
  const own = new globalThis.URL(URL).host;
  return readdirSync(join(NET_DIR, 'nodes'))
    .map((n) => /api:\s*\{\s*listen:\s*"([^"]+)"/.exec(readFileSync(join(NET_DIR, 'nodes', n, 'node.yaml'), 'utf8'))?.[1])
    .filter((a) => a && a !== own)
    .map((a) => `http://${a}`);
}

const proposalRef = (id) => '101201' + BigInt(id).toString(16).padStart(16, '0');

test('anyone sees the open proposal and the concentration of power without signing in', async () => {
  await page.goto(URL + '#/governance');
  await page.getByRole('heading', { name: 'Governance', level: 1 }).waitFor();
  const row = page.getByTestId(`proposal-${ID}`);
  await row.waitFor();
  assert.equal(await page.getByTestId(`proposal-${ID}-status`).getAttribute('data-status'), 'OPEN');
  assert.match(await row.textContent(), /voting/);
  assert.match(await row.textContent(), /Closes .* \(in \d+ (d|h|min|s)\b/);
  assert.match(await page.getByTestId(`proposal-${ID}-tally-count`).textContent(), /^0 for, 0 against, 0 abstain; \d+ eligible$/);
  // The concentration of power as an accessible table: a caption and header scopes.
  const table = page.getByRole('table', { name: 'Votes and validator power by member' });
  await table.waitFor();
  await table.locator('tbody tr[data-subject=icbc]').waitFor();
  assert.equal(await table.locator('thead th[scope=col]').count(), 5);
  assert.ok((await table.locator('tbody th[scope=row]').count()) >= 4);
  const unlabelled = await page.$$eval('input, select, textarea', (els) =>
    els.filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).map((e) => e.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
  await shot(page, 'governance');
});

test(`${VOTER} signs in, votes for from the browser, then changes to abstain`, async () => {
  await signIn(page, memberDir(VOTER), { encryption: false });
  await page.getByTestId('signed-in').filter({ hasText: VOTER }).waitFor({ timeout: FINAL });

  // From the dashboard to the proposal by links, without reloading (the key lives in the tab).
  await page.getByRole('link', { name: 'Governance' }).click();
  await page.getByTestId(`proposal-${ID}`).getByRole('link', { name: ID, exact: true }).click();
  await page.getByRole('heading', { name: `Proposal ${ID}` }).waitFor();
  await page.getByTestId('no-ballots').waitFor();
  assert.equal(await page.getByTestId('my-vote').getAttribute('data-vote'), '');

  const form = page.getByRole('form', { name: 'Vote' });
  await form.getByRole('radio', { name: 'for', exact: true }).check();
  await form.getByRole('button', { name: 'Sign and vote' }).click();
  const progress = page.getByTestId('vote-progress');
  const final = progress.locator('[data-step=committed]');
  await final.waitFor({ timeout: FINAL });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  const voteTx = (await progress.locator('[data-step=signed] a').getAttribute('href')).replace('#/tx/', '');

  const ballot = page.getByTestId(`ballot-${VOTER}`);
  await page.locator(`[data-testid=ballot-${VOTER}][data-vote=FOR]`).waitFor();
  assert.equal(await ballot.getByTestId('ballot-tx').getAttribute('href'), `#/tx/${voteTx}`);
  assert.match(await page.getByTestId('proposal-tally-count').textContent(), /^1 for, 0 against, 0 abstain;/);
  assert.equal(await page.getByTestId('my-vote').getAttribute('data-vote'), 'FOR');

  // Changed before the deadline, by keyboard: arrow keys move between the radio buttons.
  await form.getByRole('radio', { name: 'for', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await form.getByRole('radio', { name: 'abstain' }).isChecked(), true);
  await form.getByRole('button', { name: 'Sign and change my vote' }).click();
  await progress.locator('[data-step=committed]').waitFor({ timeout: FINAL });
  await page.locator(`[data-testid=ballot-${VOTER}][data-vote=ABSTAIN]`).waitFor();
  assert.match(await page.getByTestId('proposal-tally-count').textContent(), /^0 for, 0 against, 1 abstain;/);
  assert.equal(await ballot.locator('td.num').textContent(), '1');
  assert.equal(await page.getByTestId('my-vote').getAttribute('data-vote'), 'ABSTAIN');
  await shot(page, 'proposal');
});

test('another node has the same ballot', async () => {
  const voter = (await page.getByTestId(`ballot-${VOTER}`).getByRole('link').first().getAttribute('href')).replace('#/accounts/', '');
  const [other] = otherNodeApis();
  assert.ok(other, 'another node in NET_DIR/nodes');
  const deadline = Date.now() + TIMEOUT;
  let ballot;
  while (Date.now() < deadline) {
    const r = await fetch(`${other}/api/v1/query/governance/votes?request=${proposalRef(ID)}&format=json`).then((x) => x.json());
    ballot = r.answer?.find((b) => b.voter === voter);
    if (ballot?.vote === 'ABSTAIN') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.equal(ballot?.vote, 'ABSTAIN', `${other}: ${JSON.stringify(ballot)}`);
  assert.equal(ballot.changes, '1');
});

test(`${VOTER} tables a decision from the dashboard; it is listed first, open`, async () => {
  await page.getByRole('link', { name: 'Governance' }).click();
  const form = page.getByRole('form', { name: 'Table a text' });
  await form.waitFor();
  const unlabelled = await page.$$eval('input, select, textarea', (els) =>
    els.filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).map((e) => e.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
  // A typo is explained before anything is signed.
  await form.getByLabel('Reference').fill('/bad');
  await form.getByLabel('Title').fill('Trade desk languages');
  await form.getByLabel('Text').fill('Trade desks answer in English or Chinese.\nEither is binding.');
  await form.getByRole('button', { name: 'Sign and table' }).click();
  await page.getByTestId('table-progress').getByRole('alert').filter({ hasText: 'The reference is' }).waitFor();
  await form.getByLabel('Reference').fill('SC/D/CONSOLE-2');
  await form.getByRole('button', { name: 'Sign and table' }).click();
  await page.getByTestId('table-progress').locator('[data-step=committed]').waitFor({ timeout: FINAL });
  const tabled = page.getByTestId('tabled-proposal');
  const id = (await tabled.getAttribute('href')).replace('#/governance/proposals/', '');
  assert.ok(BigInt(id) > BigInt(ID), `${id} after ${ID}`);
  const first = page.getByTestId('proposals').locator('tbody tr').first();
  await page.waitForFunction((n) => document.querySelector('[data-testid=proposals] tbody tr')?.getAttribute('data-testid') === `proposal-${n}`, id, { timeout: TIMEOUT });
  assert.match(await first.textContent(), /Decision.*Trade desk languages \(SC\/D\/CONSOLE-2\).*icbc.*open/);
  await tabled.click();
  await page.getByRole('heading', { name: `Proposal ${id}` }).waitFor();
  assert.equal(await page.getByTestId('proposal-text').textContent(), 'Trade desks answer in English or Chinese.\nEither is binding.');
});
