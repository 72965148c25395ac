// End-to-end test of the payments screens in headless Chromium against a real local network: a
// cross-border payment followed from the debtor agent's dashboard and from the paying customer's,
// and a new one paid from the browser; a bank onboarding a customer and offering another bank a
// PvP swap, which that bank settles. Started by the Java ConsoleIT (cli module), which sets up
// the scenario and passes, in the environment (docs: /work/helpers/COMMON.md, "e2e scenario"):
//   CONSOLE_URL, SCREENSHOTS, NET_DIR (members/<id>/{signing.key,passphrase})
//   IMPORTER_DIR    a customer of dbs: signing.key, passphrase, account (its account id, hex)
//   EXPORTER_DIR    a customer of icbc: account
//   CORRIDOR_ID     an agreed SGD->CNY corridor, debtor agent dbs, creditor agent icbc
//   PAYMENT_ID      a settled payment importer -> exporter over it
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { env, FINAL, memberDir, read, shot, signIn, TIMEOUT, usePage } from './support.mjs';

const URL = env('CONSOLE_URL');
const CORRIDOR = env('CORRIDOR_ID').toLowerCase();
const PAYMENT = env('PAYMENT_ID').toLowerCase();
const IMPORTER = env('IMPORTER_DIR');
const EXPORTER_ACCOUNT = read(env('EXPORTER_DIR'), 'account').toLowerCase();

let page;
/** The creditor agent's account id (from the payment view) and the corridor proposed to it here. */
let creditorAgent;
let proposed;

usePage((p) => (page = p));

test('the debtor agent sees the corridor and the settled payment on its dashboard', async () => {
  await signIn(page, memberDir('dbs'));
  await page.goto(URL + '#/bank');
  const section = page.getByTestId('bank-payments');
  await section.getByRole('heading', { name: 'Payments and FX' }).waitFor();

  const corridor = page.getByTestId(`corridor-${CORRIDOR}`);
  await corridor.waitFor();
  assert.equal(await page.getByTestId(`corridor-status-${CORRIDOR}`).textContent(), 'Agreed');
  assert.match(await corridor.textContent(), /Proposed by us \(debtor agent\)/);
  assert.match(await corridor.textContent(), /SGD → CNY/);
  assert.match(await page.getByTestId(`corridor-limit-${CORRIDOR}`).textContent(), /^[\d.]+ CNY \/ [\d.]+ CNY$/);
  assert.equal(await page.getByRole('table', { name: /FX corridors this bank proposed or was offered/ }).count(), 1);

  const payment = page.getByTestId(`payment-${PAYMENT}`);
  await payment.waitFor();
  assert.equal(await page.getByTestId(`payment-status-${PAYMENT}`).textContent(), 'Settled (ACSC)');
  assert.match(await payment.textContent(), /Debtor agent/);
  // amounts in both currencies, with the currencies' decimal places
  assert.match(await page.getByTestId(`payment-instructed-${PAYMENT}`).textContent(), /^\d+\.\d{2} SGD$/);
  assert.match(await page.getByTestId(`payment-settlement-${PAYMENT}`).textContent(), /^\d+\.\d{2} CNY$/);
  await shot(page, 'bank-payments');

  await payment.getByRole('link').first().click();
  const detail = page.getByTestId('payment-detail');
  await detail.getByRole('heading', { name: 'Cross-border payment' }).waitFor();
  await page.getByTestId('payment-status').waitFor();
  assert.equal(await page.getByTestId('payment-status').textContent(), 'Settled (ACSC)');
  assert.match(await page.getByTestId('payment-debtor-agent').textContent(), /DBS/);
  assert.match(await page.getByTestId('payment-instructed').textContent(), / SGD$/);
  assert.match(await page.getByTestId('payment-settlement').textContent(), / CNY$/);
  assert.match(await page.getByTestId('payment-rate').textContent(), /^1 SGD = [\d.]+ CNY$/);
  assert.equal(await page.getByTestId('payment-tx').getAttribute('href'), `#/tx/${PAYMENT}`);
  assert.match(await page.getByTestId('payment-block').getAttribute('href'), /^#\/blocks\/\d+$/);
  await shot(page, 'payment');

  creditorAgent = /^#\/accounts\/([0-9a-f]{64})$/.exec(await page.getByTestId('payment-creditor-agent').getByRole('link').getAttribute('href'))?.[1];
  assert.ok(creditorAgent, 'the creditor agent links to its account');

  // the transaction it settled in, from the link
  await page.getByTestId('payment-tx').click();
  await page.getByText('xb-settled').first().waitFor();
});

test('the debtor agent proposes a corridor from the browser and the creditor agent accepts it', async () => {
  await page.goto(URL + '#/bank');
  const form = page.getByRole('form', { name: 'Propose a corridor' });
  await form.getByLabel('Creditor agent account id', { exact: true }).fill(creditorAgent);
  await form.getByLabel('Source currency', { exact: true }).fill('SGD');
  await form.getByLabel('Target currency', { exact: true }).fill('CNY');
  await form.getByLabel('Rate (target units per source unit)', { exact: true }).fill('5.25');
  await form.getByLabel('Our charge per payment (in the source currency)', { exact: true }).fill('3.00');
  await form.getByLabel('Their charge per payment (in the source currency)', { exact: true }).fill('1.50');
  await form.getByLabel('Credit line (in the target currency)', { exact: true }).fill('2000');
  await form.getByLabel('Valid for (days)', { exact: true }).fill('7');
  await form.getByRole('button', { name: 'Sign and propose' }).click();
  const progress = page.getByTestId('fx-propose-progress');
  await progress.locator('[data-step=committed]').waitFor({ timeout: FINAL });
  proposed = /([0-9a-f]{64})$/.exec(await progress.locator('[data-step=signed] a').getAttribute('href'))?.[1];
  assert.ok(proposed);
  await page.getByTestId(`corridor-status-${proposed}`).filter({ hasText: 'Proposed, waiting for acceptance' }).waitFor();
  assert.match(await page.getByTestId(`corridor-limit-${proposed}`).textContent(), /^0\.00 CNY \/ 2000\.00 CNY$/);
  assert.equal(await page.getByTestId(`corridor-rate-${proposed}`).textContent(), '5.25');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, memberDir('icbc'));
  await page.goto(URL + '#/bank');
  const row = page.getByTestId(`corridor-${proposed}`);
  await row.waitFor();
  assert.match(await row.textContent(), /Offered to us \(creditor agent\)/);
  await row.getByRole('button', { name: `Sign and accept corridor ${proposed}` }).click();
  await page.getByTestId('fx-accept-progress').locator('[data-step=committed]').waitFor({ timeout: FINAL });
  await page.getByTestId(`corridor-status-${proposed}`).filter({ hasText: 'Agreed' }).waitFor();
  assert.equal(await row.getByRole('button').count(), 0);
  await shot(page, 'bank-corridor-accepted');
  await page.getByRole('button', { name: 'Sign out' }).click();
});

test('the paying customer sees the payment and pays the exporter from the browser', async () => {
  await signIn(page, IMPORTER, { account: read(IMPORTER, 'account') });
  await page.goto(URL + '#/trader');
  const section = page.getByTestId('trader-payments');
  await section.getByRole('heading', { name: 'Cross-border payments' }).waitFor();
  await page.getByTestId(`payment-${PAYMENT}`).waitFor();
  assert.equal(await page.getByTestId(`payment-direction-${PAYMENT}`).textContent(), 'Sent');
  assert.equal(await page.getByTestId(`payment-status-${PAYMENT}`).textContent(), 'Settled (ACSC)');

  const form = page.getByRole('form', { name: 'Pay across the border' });
  await form.getByLabel('Corridor', { exact: true }).selectOption(CORRIDOR);
  await form.getByLabel('Payee account id', { exact: true }).fill(EXPORTER_ACCOUNT);
  await form.getByLabel('Amount (SGD)', { exact: true }).fill('12.00');
  const endToEndId = `E2E-${Date.now()}`;
  await form.getByLabel('End-to-end id', { exact: true }).fill(endToEndId);
  await form.getByLabel('Charges', { exact: true }).selectOption('SHAR');
  await form.getByRole('button', { name: 'Sign and pay' }).click();
  const progress = page.getByTestId('xb-pay-progress');
  const final = progress.locator('[data-step=committed]');
  await final.waitFor({ timeout: FINAL });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  // the payment's id is its transaction's; it shows up in the list, settled
  const href = await progress.locator('[data-step=signed] a').getAttribute('href');
  const id = /^#\/tx\/([0-9a-f]{64})$/.exec(href)?.[1];
  assert.ok(id, href);
  await page.getByTestId(`payment-status-${id}`).waitFor({ timeout: TIMEOUT });
  assert.equal(await page.getByTestId(`payment-status-${id}`).textContent(), 'Settled (ACSC)');
  assert.equal(await page.getByTestId(`payment-debited-${id}`).textContent(), await debitedText());
  assert.match(await page.getByTestId(`payment-${id}`).textContent(), new RegExp(endToEndId));
  await shot(page, 'trader-payments');
});

/** What 12.00 SGD with shared charges debits: 12.00 plus the debtor agent's charge. */
async function debitedText() {
  const terms = await page.getByTestId('xb-pay-terms').textContent();
  const fee = /charges ([\d.]+) SGD \(my bank\)/.exec(terms)?.[1];
  assert.ok(fee, terms);
  return `${((Math.round(Number(fee) * 100) + 1200) / 100).toFixed(2)} SGD`;
}

test('an amount above the corridor limit or the balance is refused with the module code', async () => {
  const form = page.getByRole('form', { name: 'Pay across the border' });
  await form.getByLabel('Corridor', { exact: true }).selectOption(CORRIDOR);
  await form.getByLabel('Payee account id', { exact: true }).fill(EXPORTER_ACCOUNT);
  await form.getByLabel('Amount (SGD)', { exact: true }).fill('900000000');
  await form.getByLabel('End-to-end id', { exact: true }).fill(`E2E-BIG-${Date.now()}`);
  await form.getByRole('button', { name: 'Sign and pay' }).click();
  const refused = page.getByTestId('xb-pay-progress').locator('[data-step=failed]');
  await refused.waitFor({ timeout: FINAL });
  assert.match(await refused.textContent(), /Failed: (payments\.CREDIT_LINE_EXCEEDED|(currency\.)?INSUFFICIENT_FUNDS): /);
  await page.getByRole('button', { name: 'Sign out' }).click();
});

test('a bank onboards a customer from the browser: public key, KYC file hashed in the tab', async () => {
  // The customer makes its own key pair; the bank only gets the raw public key (the JWK's x).
  const { publicKey } = generateKeyPairSync('ed25519');
  const key = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url').toString('hex');
  assert.match(key, /^[0-9a-f]{64}$/);
  const kyc = join(mkdtempSync(join(tmpdir(), 'silkchain-kyc-')), 'kyc-dossier.txt');
  writeFileSync(kyc, `KYC dossier of a test customer, ${Date.now()}\n`);

  await signIn(page, memberDir('dbs'));
  await page.goto(URL + '#/bank');
  const form = page.getByRole('form', { name: 'Onboard a customer' });
  await form.getByLabel("Customer's public key (Ed25519, 64 hex digits)", { exact: true }).fill(key);
  await form.getByLabel('KYC dossier (file)', { exact: true }).setInputFiles(kyc);
  await page.getByTestId('oc-kyc-hash').waitFor();
  assert.match(await page.getByTestId('oc-kyc-hash').textContent(), /[0-9a-f]{64}$/);
  await form.getByLabel('Jurisdiction (ISO 3166, two letters, e.g. SG)', { exact: true }).fill('SG');
  await form.getByRole('button', { name: 'Open customer account' }).click();
  await page.getByTestId('open-customer-progress').locator('[data-step=committed]').waitFor({ timeout: FINAL });
  const link = page.getByTestId('open-customer-account');
  const account = (await link.textContent()).trim();
  assert.match(account, /^[0-9a-f]{64}$/);
  assert.equal(await link.getAttribute('href'), `#/accounts/${account}`);
  await shot(page, 'bank-onboard');

  await link.click();
  const roles = page.locator('.fact').filter({ has: page.locator('dt', { hasText: /^Roles$/ }) }).locator('dd');
  await roles.filter({ hasText: /^trader$/ }).waitFor();
});

test('a bank offers another a PvP swap, which the other settles from its dashboard', async () => {
  assert.ok(creditorAgent, 'icbc (the creditor agent) was found in the first test');
  await page.goto(URL + '#/bank');
  const form = page.getByRole('form', { name: 'Offer a PvP swap' });
  await form.getByLabel('Counterparty bank (account id, 64 hex digits)', { exact: true }).fill(creditorAgent);
  await form.getByLabel('We pay (currency)', { exact: true }).fill('SGD');
  await form.getByLabel('We pay (amount)', { exact: true }).fill('100.00');
  await form.getByLabel('We receive (currency)', { exact: true }).fill('CNY');
  await form.getByLabel('We receive (amount)', { exact: true }).fill('520.00');
  await form.getByLabel('Valid for (hours)', { exact: true }).fill('2');
  await form.getByRole('button', { name: 'Offer' }).click();
  const progress = page.getByTestId('pvp-offer-progress');
  await progress.locator('[data-step=committed]').waitFor({ timeout: FINAL });
  const offer = /([0-9a-f]{64})$/.exec(await progress.locator('[data-step=signed] a').getAttribute('href'))?.[1];
  assert.ok(offer);
  await page.getByTestId(`offer-status-${offer}`).filter({ hasText: /^Open$/ }).waitFor();
  const row = page.getByTestId(`offer-${offer}`);
  assert.match(await row.textContent(), /100\.00 SGD/);
  assert.match(await row.textContent(), /520\.00 CNY/);
  // the maker cannot settle its own offer
  assert.equal(await row.getByRole('button').count(), 0);
  await shot(page, 'bank-pvp');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, memberDir('icbc'));
  await page.goto(URL + '#/bank');
  await page.getByTestId(`offer-${offer}`).waitFor();
  await page.getByTestId(`offer-${offer}`).getByRole('button', { name: `Sign and settle offer ${offer}` }).click();
  await page.getByTestId('pvp-accept-progress').locator('[data-step=committed]').waitFor({ timeout: FINAL });
  await page.getByTestId(`offer-status-${offer}`).filter({ hasText: /^Settled$/ }).waitFor();
  assert.equal(await page.getByTestId(`offer-${offer}`).getByRole('button').count(), 0);
  await page.getByRole('button', { name: 'Sign out' }).click();
});
