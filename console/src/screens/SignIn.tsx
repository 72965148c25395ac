import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { parseAccountId, resolveAccount, SignInError } from '../auth/signInAccount.ts';
import type { SigningKey } from '../chain/transaction.ts';
import type { EncryptionKey } from '../crypto/sealed.ts';
import { type MessageKey, useT } from '../i18n.ts';
import { KeyFileError, openEncryptionKey, openSigningKey, parseKeyFile } from '../keys/keyfile.ts';
import { href, navigate } from '../router.ts';
import { signIn } from '../session.ts';
import { KeyFileStatus } from './KeyFileStatus.tsx';

/**
 * Sign-in with an encrypted key file: the member's own signing key, a bank customer's key (with
 * its account id), or a session key the member delegated (`silkchain identity delegate`, with the
 * member's account id). Files are read and decrypted here, in the tab; what leaves the browser is
 * the account id and the public key, in the lookups that check the key may sign for the account.
 * An encryption key file, when given, is opened with the same passphrase for reading sealed
 * content.
 */
export function SignIn() {
  const t = useT();
  const [file, setFile] = useState<File>();
  const [encryptionFile, setEncryptionFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [account, setAccount] = useState('');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  function explain(err: unknown, where: 'signing' | 'encryption'): string {
    if (err instanceof KeyFileError) {
      const prefix = where === 'encryption' ? t('delegationEncryptionKeyProblem') + ' ' : '';
      return `${prefix}${err.problem}: ${err.message}`;
    }
    if (err instanceof SignInError) {
      return t(`delegationProblem_${err.problem}` as MessageKey, err.params);
    }
    if (err instanceof ApiError) return `${err.code}: ${err.message}`;
    return String(err);
  }

  async function submit(e: Event) {
    e.preventDefault();
    setError(undefined);
    if (!file) {
      setError(t('keyFile') + ': ?');
      return;
    }
    setProgress(0);
    let key: SigningKey | undefined;
    let encryptionKey: EncryptionKey | undefined;
    let stage: 'signing' | 'encryption' = 'signing';
    try {
      const given = account.trim() === '' ? undefined : parseAccountId(account);
      key = await openSigningKey(parseKeyFile(await file.text()), passphrase, (f) => setProgress(Math.round(f * 100)));
      const resolved = await resolveAccount(key.publicKey, given);
      if (encryptionFile) {
        stage = 'encryption';
        encryptionKey = await openEncryptionKey(parseKeyFile(await encryptionFile.text()), passphrase, (f) =>
          setProgress(Math.round(f * 100)),
        );
      }
      setPassphrase('');
      signIn({ key, encryptionKey, ...resolved });
      navigate(href.myAccount());
    } catch (err) {
      key?.secret.fill(0);
      encryptionKey?.secret.fill(0);
      setError(explain(err, stage));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <p>{t('delegationSignInIntro')}</p>
      <form class="form" onSubmit={submit}>
        <label for="key-file">{t('keyFile')}</label>
        <input id="key-file" type="file" required onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0])} />
        <label for="passphrase">{t('passphrase')}</label>
        <input
          id="passphrase"
          type="password"
          autocomplete="current-password"
          required
          value={passphrase}
          onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
        />
        <label for="sign-in-account">{t('delegationAccountLabel')}</label>
        <input
          id="sign-in-account"
          type="text"
          spellcheck={false}
          autocomplete="off"
          aria-describedby="sign-in-account-hint"
          value={account}
          onInput={(e) => setAccount((e.target as HTMLInputElement).value)}
        />
        <small class="hint" id="sign-in-account-hint">{t('delegationAccountHint')}</small>
        <label for="encryption-key-file">{t('delegationEncryptionKeyLabel')}</label>
        <input
          id="encryption-key-file"
          type="file"
          aria-describedby="encryption-key-hint"
          onChange={(e) => setEncryptionFile((e.target as HTMLInputElement).files?.[0])}
        />
        <small class="hint" id="encryption-key-hint">{t('delegationEncryptionKeyHint')}</small>
        <button type="submit" disabled={progress !== undefined}>
          {t('signInButton')}
        </button>
      </form>
      <KeyFileStatus progress={progress} error={error} />
    </section>
  );
}
