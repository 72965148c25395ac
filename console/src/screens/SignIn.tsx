import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { accountIdOf } from '../chain/transaction.ts';
import { useT } from '../i18n.ts';
import { KeyFileError, openSigningKey, parseKeyFile } from '../keys/keyfile.ts';
import { href, navigate } from '../router.ts';
import { signIn } from '../session.ts';
import { accountTarget, decodeAccountRecord, decodeMember } from '../trade/identity.ts';

/**
 * Sign-in with a member's encrypted key file: read and decrypted here, in the tab. What leaves
 * the browser is only the account id, in the member lookup that names who signed in.
 */
export function SignIn() {
  const t = useT();
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  async function submit(e: Event) {
    e.preventDefault();
    setError(undefined);
    if (!file) {
      setError(t('keyFile') + ': ?');
      return;
    }
    setProgress(0);
    try {
      const parsed = parseKeyFile(await file.text());
      const key = await openSigningKey(parsed, passphrase, (f) => setProgress(Math.round(f * 100)));
      const accountId = accountIdOf(key.publicKey);
      const member = await api
        .query('identity', 'member', accountTarget(accountId))
        .then((r) => decodeMember(r.response))
        .catch(() => undefined);
      const record = await api.query('identity', 'account', accountTarget(accountId)).then((r) => decodeAccountRecord(r.response));
      setPassphrase('');
      signIn({ key, accountId, member, roles: record.roles });
      navigate(href.myAccount());
    } catch (err) {
      setError(err instanceof KeyFileError ? `${err.problem}: ${err.message}` : String(err));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
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
        <button type="submit" disabled={progress !== undefined}>
          {t('signInButton')}
        </button>
      </form>
      <div aria-live="polite">
        {progress !== undefined && <p>{t('decrypting', { percent: progress })}</p>}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
