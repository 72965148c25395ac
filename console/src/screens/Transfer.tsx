import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../actions/submit.ts';
import { fromHex } from '../chain/hex.ts';
import { useT } from '../i18n.ts';
import type { Session } from '../session.ts';
import { movement, parseAmount } from '../trade/currency.ts';
import { ProgressList } from './ProgressList.tsx';
import type { Holding } from './Balances.tsx';

/** currency/transfer from the signed-in account, signed in the browser, followed to finality. */
export function Transfer({ session, holdings, onFinal }: { session: Session; holdings: Holding[]; onFinal: () => void }) {
  const t = useT();
  const [code, setCode] = useState(holdings[0].info.code);
  const [recipient, setRecipient] = useState('');
  const [amount, setAmount] = useState('');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState<string>();
  const minorUnits = holdings.find((h) => h.info.code === code)?.info.minorUnits ?? 0;

  async function submit(e: Event) {
    e.preventDefault();
    const to = recipient.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(to)) {
      setInvalid(t('invalidRecipient'));
      return;
    }
    const minor = parseAmount(amount, minorUnits);
    if (minor === undefined) {
      setInvalid(t('invalidAmount', { digits: minorUnits }));
      return;
    }
    setInvalid(undefined);
    setSteps([]);
    setBusy(true);
    const payload = { module: 'currency', action: 'transfer', body: movement(code, fromHex(to), minor) };
    const last = await signAndSubmit(session, payload, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') {
      onFinal();
    }
  }

  return (
    <>
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <form class="form" aria-labelledby="transfer-title" onSubmit={submit}>
        <label for="transfer-currency">{t('currency')}</label>
        <select id="transfer-currency" value={code} onChange={(e) => setCode((e.target as HTMLSelectElement).value)}>
          {holdings.map((h) => (
            <option key={h.info.code} value={h.info.code}>
              {h.info.code}
            </option>
          ))}
        </select>
        <label for="transfer-recipient">{t('recipient')}</label>
        <input id="transfer-recipient" class="mono" required spellcheck={false} value={recipient} onInput={(e) => setRecipient((e.target as HTMLInputElement).value)} />
        <label for="transfer-amount">{t('amount')}</label>
        <input id="transfer-amount" inputMode="decimal" required value={amount} onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          {t('sendButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="transfer-progress" />
    </>
  );
}
