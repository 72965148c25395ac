import { sha256 } from '@noble/hashes/sha2.js';
import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../../actions/submit.ts';
import { fromHex, toHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import { href } from '../../../router.ts';
import type { Session } from '../../../session.ts';
import { COUNTRY, customerAccountId, openCustomer } from '../../../trade/identity.ts';
import { ProgressList } from '../../ProgressList.tsx';

/**
 * identity/open-customer: the bank opens a trader's account for a public key the customer made
 * itself, attesting the SHA-256 of the KYC dossier. The dossier is read and hashed in this tab
 * only; the ledger gets the hash. The new account id is derived here as Identities.customerAccountId
 * does, from this bank and the key, and shown once the action is final.
 */
export function OpenCustomer({ session }: { session: Session }) {
  const t = useT();
  const [key, setKey] = useState('');
  const [kycHash, setKycHash] = useState<Uint8Array>();
  const [jurisdiction, setJurisdiction] = useState('');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<string>();

  async function chooseFile(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    setKycHash(undefined);
    if (file) setKycHash(sha256(new Uint8Array(await file.arrayBuffer())));
  }

  async function submit(e: Event) {
    e.preventDefault();
    const k = key.trim().toLowerCase();
    const j = jurisdiction.trim().toUpperCase();
    if (!/^[0-9a-f]{64}$/.test(k)) return setInvalid(t('bankOnboardInvalidKey'));
    if (!kycHash) return setInvalid(t('bankOnboardInvalidKyc'));
    if (!COUNTRY.test(j)) return setInvalid(t('bankOnboardInvalidJurisdiction'));
    setInvalid(undefined);
    setOpened(undefined);
    setBusy(true);
    setSteps([]);
    try {
      const publicKey = fromHex(k);
      const body = openCustomer(publicKey, kycHash, j);
      const last = await signAndSubmit(session, { module: 'identity', action: 'open-customer', body }, (p) => setSteps((s) => [...s, p]));
      if (last.step === 'committed') setOpened(toHex(customerAccountId(session.accountId, publicKey)));
    } catch (err) {
      setInvalid(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="open-customer-title" data-testid="open-customer">
      <h2 id="open-customer-title">{t('bankOnboardTitle')}</h2>
      <p>{t('bankOnboardIntro')}</p>
      <form class="form" aria-labelledby="open-customer-title" onSubmit={submit}>
        <label for="oc-key">{t('bankOnboardKey')}</label>
        <input id="oc-key" required autocomplete="off" class="mono" spellcheck={false} maxLength={64} value={key} onInput={(e) => setKey((e.target as HTMLInputElement).value)} />
        <label for="oc-kyc">{t('bankOnboardKyc')}</label>
        <input id="oc-kyc" type="file" required aria-describedby="oc-kyc-note" onChange={chooseFile} />
        <p id="oc-kyc-note" class="hint">
          {t('bankOnboardKycNote')}
        </p>
        {kycHash && (
          <p class="hint mono" data-testid="oc-kyc-hash">
            {t('bankOnboardKycHash', { hash: toHex(kycHash) })}
          </p>
        )}
        <label for="oc-jurisdiction">{t('bankOnboardJurisdiction')}</label>
        <input id="oc-jurisdiction" required autocomplete="off" maxLength={2} value={jurisdiction} onInput={(e) => setJurisdiction((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          {t('bankOnboardButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="open-customer-progress" />
      {opened && (
        <p role="status">
          {t('bankOnboardOpened')}{' '}
          <a class="mono" href={href.account(opened)} data-testid="open-customer-account">
            {opened}
          </a>{' '}
          {t('bankOnboardSignInNote')}
        </p>
      )}
    </section>
  );
}
