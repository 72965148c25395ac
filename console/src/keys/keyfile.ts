import { scryptAsync } from '@noble/hashes/scrypt.js';
import { publicKeyOf, type SigningKey } from '../chain/transaction.ts';
import { fromHex, toHex } from '../chain/hex.ts';
import { x25519PublicKey, type EncryptionKey } from '../crypto/x25519.ts';

/**
 * Opens a member's key file (crypto/.../keyfile: KeyFileFormat, KeyFileCipher) in the browser:
 * scrypt derives an AES-256 key from the passphrase and salt, AES-256-GCM (WebCrypto) decrypts the
 * 32-byte secret with every line before `ciphertext` as associated data. The parser is as strict
 * as the Java one: exactly these lines, in this order. The secret stays in this tab's memory; it
 * is never stored or sent anywhere.
 */
const KEYS = [
  'format',
  'version',
  'kind',
  'suite',
  'public-key',
  'kdf',
  'scrypt-log2-n',
  'scrypt-r',
  'scrypt-p',
  'salt',
  'cipher',
  'nonce',
  'ciphertext',
] as const;

/** Why a key file could not be opened, as KeyFileException.Reason names it. */
export type KeyFileProblem =
  | 'MALFORMED'
  | 'UNSUPPORTED_VERSION'
  | 'UNSUPPORTED_PARAMETERS'
  | 'WRONG_KIND'
  | 'WRONG_PASSPHRASE'
  | 'KEY_MISMATCH'
  | 'INSECURE_CONTEXT';

export class KeyFileError extends Error {
  constructor(
    readonly problem: KeyFileProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface KeyFile {
  kind: string;
  suite: string;
  publicKey: Uint8Array;
  log2N: number;
  r: number;
  p: number;
  salt: Uint8Array;
  nonce: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
  /** Every line but the last, byte for byte: the associated data. */
  header: string;
}

const MAX_SIZE = 4096;

export function parseKeyFile(text: string): KeyFile {
  const fail = (m: string): never => {
    throw new KeyFileError('MALFORMED', m);
  };
  if (text.length > MAX_SIZE) fail(`longer than ${MAX_SIZE} characters`);
  if (!text.endsWith('\n')) fail('the last line does not end in a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines[0] !== 'format=silkchain-key-file') fail('line 1: not a Silkchain key file');
  const value = (i: number): string => {
    const prefix = `${KEYS[i]}=`;
    if (lines[i] === undefined || !lines[i].startsWith(prefix)) {
      fail(`line ${i + 1} (${KEYS[i]}): expected this line here`);
    }
    return lines[i].slice(prefix.length);
  };
  const number = (i: number, max: number): number => {
    const v = value(i);
    if (!/^(0|[1-9][0-9]{0,9})$/.test(v) || Number(v) > max) {
      fail(`line ${i + 1} (${KEYS[i]}): not a number in 0..${max}`);
    }
    return Number(v);
  };
  const hex = (i: number, size: number): Uint8Array<ArrayBuffer> => {
    const v = value(i);
    if (v.length !== 2 * size || !/^[0-9a-f]*$/.test(v)) {
      fail(`line ${i + 1} (${KEYS[i]}): expected ${2 * size} lowercase hex digits`);
    }
    return fromHex(v);
  };
  const version = number(1, 2 ** 31 - 1);
  if (version !== 1) {
    throw new KeyFileError('UNSUPPORTED_VERSION', `version ${version}, this console reads 1`);
  }
  if (lines.length !== KEYS.length) fail(`${lines.length} lines, a version 1 file has 13`);
  const kind = value(2);
  if (kind !== 'signing' && kind !== 'encryption') fail('line 3 (kind): not signing or encryption');
  const suite = value(3);
  if (suite !== 'ED25519' && suite !== 'SM2_SM3') {
    throw new KeyFileError('UNSUPPORTED_PARAMETERS', 'line 4 (suite): unknown suite');
  }
  const publicKey = hex(4, suite === 'SM2_SM3' && kind === 'signing' ? 33 : 32);
  if (value(5) !== 'scrypt') throw new KeyFileError('UNSUPPORTED_PARAMETERS', 'only scrypt');
  const log2N = number(6, 99);
  const r = number(7, 99);
  const p = number(8, 99);
  // ScryptParameters' bounds: a hostile file must not make the tab allocate without limit.
  if (log2N < 10 || log2N > 20 || r < 1 || r > 32 || p < 1 || p > 16 || 128 * r * 2 ** log2N > 256 * 2 ** 20) {
    throw new KeyFileError('UNSUPPORTED_PARAMETERS', 'scrypt costs out of bounds');
  }
  const salt = hex(9, 32);
  if (value(10) !== 'AES-256-GCM') {
    throw new KeyFileError('UNSUPPORTED_PARAMETERS', 'only AES-256-GCM');
  }
  const nonce = hex(11, 12);
  const ciphertext = hex(12, 48);
  const header = lines.slice(0, 12).join('\n') + '\n';
  return { kind, suite, publicKey, log2N, r, p, salt, nonce, ciphertext, header };
}

/**
 * The decryption both kinds share: scrypt from the passphrase, then AES-256-GCM of the 32-byte
 * secret with the header as associated data. A wrong passphrase and a modified file look the same.
 */
async function decryptSecret(file: KeyFile, passphrase: string, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new KeyFileError(
      'INSECURE_CONTEXT',
      'the browser offers no WebCrypto here: open the console over HTTPS or on localhost',
    );
  }
  const derived = await scryptAsync(new TextEncoder().encode(passphrase), file.salt, {
    N: 2 ** file.log2N,
    r: file.r,
    p: file.p,
    dkLen: 32,
    onProgress,
  });
  try {
    const key = await subtle.importKey('raw', derived as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['decrypt']);
    return new Uint8Array(
      await subtle.decrypt(
        { name: 'AES-GCM', iv: file.nonce, additionalData: new TextEncoder().encode(file.header) },
        key,
        file.ciphertext,
      ),
    );
  } catch {
    throw new KeyFileError('WRONG_PASSPHRASE', 'wrong passphrase, or the key file was modified');
  } finally {
    derived.fill(0);
  }
}

/** Wipes `secret` and refuses unless `derived` is the file's public key. */
function requireOwnKey(file: KeyFile, secret: Uint8Array, derived: Uint8Array): void {
  if (toHex(derived) !== toHex(file.publicKey)) {
    secret.fill(0);
    throw new KeyFileError('KEY_MISMATCH', 'the decrypted key does not belong to the file');
  }
}

/**
 * Decrypts a signing key and checks it against the file's public key. Only Ed25519 keys can sign
 * in the browser for now.
 */
export async function openSigningKey(
  file: KeyFile,
  passphrase: string,
  onProgress?: (fraction: number) => void,
): Promise<SigningKey> {
  if (file.kind !== 'signing') {
    throw new KeyFileError('WRONG_KIND', `the file holds a ${file.kind} key, not a signing key`);
  }
  if (file.suite !== 'ED25519') {
    throw new KeyFileError('UNSUPPORTED_PARAMETERS', 'the console signs with Ed25519 keys only');
  }
  const secret = await decryptSecret(file, passphrase, onProgress);
  const publicKey = publicKeyOf(secret);
  requireOwnKey(file, secret, publicKey);
  return { secret, publicKey };
}

/**
 * Decrypts an encryption key file (kind `encryption`: an X25519 secret for the Ed25519 suite, as
 * crypto/.../envelope/EncryptionPrivateKey holds it) and checks it against the file's public key.
 * SM2 encryption keys cannot be opened in the browser.
 */
export async function openEncryptionKey(
  file: KeyFile,
  passphrase: string,
  onProgress?: (fraction: number) => void,
): Promise<EncryptionKey> {
  if (file.kind !== 'encryption') {
    throw new KeyFileError('WRONG_KIND', `the file holds a ${file.kind} key, not an encryption key`);
  }
  if (file.suite !== 'ED25519') {
    throw new KeyFileError('UNSUPPORTED_PARAMETERS', 'the console reads X25519 (Ed25519 suite) encryption keys only');
  }
  const secret = await decryptSecret(file, passphrase, onProgress);
  let publicKey: Uint8Array;
  try {
    publicKey = await x25519PublicKey(secret);
  } catch {
    secret.fill(0);
    throw new KeyFileError('UNSUPPORTED_PARAMETERS', 'this browser has no WebCrypto X25519');
  }
  requireOwnKey(file, secret, publicKey);
  return { secret, publicKey };
}
