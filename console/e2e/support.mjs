// What every browser test file shares: its environment (set by the Java ConsoleIT), the browser
// page, screenshots, the network's key folders and signing in through the sign-in screen.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { launch } from './browser.mjs';

/** A variable ConsoleIT sets; a clear failure when a file is run without it. */
export function env(name) {
  const v = process.env[name];
  assert.ok(v, `${name} is not set (run through ConsoleIT)`);
  return v;
}

/** How long a page waits for what it shows; and for a transaction to become final. */
export const TIMEOUT = 30_000;
export const FINAL = 60_000;

/**
 * One headless Chromium page for the whole file, opened before its first test (and handed to
 * `opened`) and closed after its last: `let page; usePage((p) => (page = p));`.
 */
export function usePage(opened) {
  let browser;
  before(async () => {
    browser = await launch();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => console.error('page error:', e));
    await opened(page);
  });
  after(async () => {
    await browser?.close();
  });
}

/** A full-page screenshot, `<name>.png` in the screenshots folder. */
export const shot = (page, name) => page.screenshot({ path: join(env('SCREENSHOTS'), `${name}.png`), fullPage: true });

/** A member's folder in the network directory: signing.key, encryption.key, passphrase. */
export const memberDir = (id) => join(env('NET_DIR'), 'members', id);

/** A small text file of a key folder (passphrase, account), trimmed. */
export const read = (dir, file) => readFileSync(join(dir, file), 'utf8').trim();

/** Same-document navigation: the session lives in the tab's memory, a reload would sign out. */
export const go = (page, hash) => page.evaluate((h) => (window.location.hash = h), hash);

/**
 * Signs in with the key folder `dir` (signing.key, passphrase and, unless `encryption` is false,
 * encryption.key) through the sign-in screen, first signing out whoever is signed in. `account`:
 * the account id to sign for, when the key's own is not it (a bank's customer, a session key).
 */
export async function signIn(page, dir, { account, encryption = true } = {}) {
  if (!page.url().startsWith(env('CONSOLE_URL'))) {
    await page.goto(env('CONSOLE_URL'));
  }
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if ((await signOut.count()) > 0) {
    await signOut.click();
  }
  await go(page, '#/sign-in');
  await page.getByRole('heading', { name: 'Sign in as a member' }).waitFor();
  await page.getByLabel('Key file', { exact: true }).setInputFiles(join(dir, 'signing.key'));
  await page.getByLabel('Passphrase', { exact: true }).fill(read(dir, 'passphrase'));
  if (account) {
    await page.getByLabel('Account id (optional)', { exact: true }).fill(account);
  }
  if (encryption) {
    assert.ok(existsSync(join(dir, 'encryption.key')), `${dir} has no encryption.key`);
    await page.getByLabel('Encryption key (optional)', { exact: true }).setInputFiles(join(dir, 'encryption.key'));
  }
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: FINAL });
}
