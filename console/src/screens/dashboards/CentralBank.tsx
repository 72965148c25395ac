import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../actions/submit.ts';
import { api } from '../../api.ts';
import { fromHex } from '../../chain/hex.ts';
import { useT } from '../../i18n.ts';
import type { Session } from '../../session.ts';
import { currencyCode, decodeCurrencyInfo, issue, movement, parseAmount } from '../../trade/currency.ts';
import { ProgressList } from '../ProgressList.tsx';

/**
 * The central bank's tools: issue its currency, mint it to a commercial bank. Shown to members
 * whose account has the central-bank role; the runtime refuses these actions from anyone else
 * anyway (Action.restricted), so hiding them elsewhere is for clarity, not for security.
 */
export function CentralBankDashboard({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  return (
    <section aria-labelledby="central-bank-title" class="dashboard">
      <h2 id="central-bank-title">{t('centralBankTitle')}</h2>
      <IssueForm session={session} onFinal={onFinal} />
      <MintForm session={session} onFinal={onFinal} />
    </section>
  );
}

function IssueForm({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [minorUnits, setMinorUnits] = useState('2');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const c = code.trim().toUpperCase();
    const units = Number(minorUnits);
    if (!/^[A-Z]{3}$/.test(c)) return setInvalid(t('invalidCurrency'));
    if (!Number.isInteger(units) || units < 0 || units > 8) return setInvalid(t('invalidMinorUnits'));
    setInvalid(undefined);
    setSteps([]);
    setBusy(true);
    const last = await signAndSubmit(session, { module: 'currency', action: 'issue', body: issue(c, units) }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') onFinal();
  }

  return (
    <>
      <h3 id="issue-title">{t('issueTitle')}</h3>
      <form class="form" aria-labelledby="issue-title" onSubmit={submit}>
        <label for="issue-code">{t('currency')}</label>
        <input id="issue-code" required maxLength={3} autocomplete="off" value={code} onInput={(e) => setCode((e.target as HTMLInputElement).value)} />
        <label for="issue-minor">{t('minorUnits')}</label>
        <input id="issue-minor" type="number" min={0} max={8} required value={minorUnits} onInput={(e) => setMinorUnits((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          {t('issueButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="issue-progress" />
    </>
  );
}

function MintForm({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [recipient, setRecipient] = useState('');
  const [amount, setAmount] = useState('');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const c = code.trim().toUpperCase();
    const to = recipient.trim().toLowerCase();
    if (!/^[A-Z]{3}$/.test(c)) return setInvalid(t('invalidCurrency'));
    if (!/^[0-9a-f]{64}$/.test(to)) return setInvalid(t('invalidRecipient'));
    setBusy(true);
    setSteps([]);
    try {
      // The amount is typed in units of the currency: its minor units say where the point goes.
      const info = decodeCurrencyInfo((await api.query('currency', 'info', currencyCode(c))).response);
      const minor = parseAmount(amount, info.minorUnits);
      if (minor === undefined) return setInvalid(t('invalidAmount', { digits: info.minorUnits }));
      setInvalid(undefined);
      const last = await signAndSubmit(session, { module: 'currency', action: 'mint', body: movement(c, fromHex(to), minor) }, (p) => setSteps((s) => [...s, p]));
      if (last.step === 'committed') onFinal();
    } catch (err) {
      setInvalid(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h3 id="mint-title">{t('mintTitle')}</h3>
      <form class="form" aria-labelledby="mint-title" onSubmit={submit}>
        <label for="mint-code">{t('currency')}</label>
        <input id="mint-code" required maxLength={3} autocomplete="off" value={code} onInput={(e) => setCode((e.target as HTMLInputElement).value)} />
        <label for="mint-recipient">{t('mintRecipient')}</label>
        <input id="mint-recipient" class="mono" required spellcheck={false} value={recipient} onInput={(e) => setRecipient((e.target as HTMLInputElement).value)} />
        <label for="mint-amount">{t('amount')}</label>
        <input id="mint-amount" inputMode="decimal" required value={amount} onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          {t('mintButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="mint-progress" />
    </>
  );
}
