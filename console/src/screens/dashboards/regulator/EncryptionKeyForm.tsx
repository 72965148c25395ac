import { useState } from 'preact/hooks';
import { toHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import { KeyFileError, openEncryptionKey, parseKeyFile } from '../../../keys/keyfile.ts';
import { signIn, type Session } from '../../../session.ts';
import { KeyFileStatus } from '../../KeyFileStatus.tsx';

/**
 * Adds the member's encryption key to a session signed in without it, so sealed records can be
 * opened here: the file is decrypted in the tab (openEncryptionKey) and kept in memory with the
 * session. Shown only while the session has no encryption key.
 */
export function EncryptionKeyForm({ session }: { session: Session }) {
  const t = useT();
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  if (session.encryptionKey) {
    return (
      <p data-testid="encryption-key">
        {t('encryptionKeyOpen', { key: `${toHex(session.encryptionKey.publicKey).slice(0, 16)}…` })}
      </p>
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    setError(undefined);
    if (!file) return setError(`${t('encryptionKeyFile')}: ?`);
    setProgress(0);
    try {
      const key = await openEncryptionKey(parseKeyFile(await file.text()), passphrase, (f) => setProgress(Math.round(f * 100)));
      setPassphrase('');
      signIn({ ...session, encryptionKey: key });
    } catch (err) {
      setError(err instanceof KeyFileError ? `${err.problem}: ${err.message}` : String(err));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <>
      <h2 id="encryption-key-title">{t('encryptionKeyTitle')}</h2>
      <p>{t('encryptionKeyIntro')}</p>
      <form class="form" aria-labelledby="encryption-key-title" onSubmit={submit}>
        <label for="regulator-encryption-key">{t('encryptionKeyFile')}</label>
        <input id="regulator-encryption-key" type="file" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0])} />
        <label for="regulator-encryption-passphrase">{t('passphrase')}</label>
        <input id="regulator-encryption-passphrase" type="password" autocomplete="off" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={progress !== undefined}>
          {t('encryptionKeyButton')}
        </button>
      </form>
      <KeyFileStatus progress={progress} error={error} />
    </>
  );
}
