import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../../actions/submit.ts';
import { fromHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { parseAmount } from '../../../trade/currency.ts';
import { fxTerms, parseRate } from '../../../trade/payments.ts';
import { ProgressList } from '../../ProgressList.tsx';
import { minorUnits } from '../../payments/shared.tsx';

const DAY_MILLIS = 86_400_000;

/** A charge typed by a person: "0" or empty is none, else a positive amount. */
function parseCharge(text: string, units: number): bigint | undefined {
  return /^0*(\.0*)?$/.test(text.trim()) ? 0n : parseAmount(text, units);
}

/** payments/fx-propose: this bank, as debtor agent, offers another bank a corridor. */
export function ProposeCorridor({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  const [creditorAgent, setCreditorAgent] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rate, setRate] = useState('');
  const [debtorFee, setDebtorFee] = useState('0');
  const [creditorFee, setCreditorFee] = useState('0');
  const [creditLine, setCreditLine] = useState('');
  const [days, setDays] = useState('30');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const agent = creditorAgent.trim().toLowerCase();
    const f = from.trim().toUpperCase();
    const tt = to.trim().toUpperCase();
    if (!/^[0-9a-f]{64}$/.test(agent)) return setInvalid(t('payInvalidCreditorAgent'));
    if (!/^[A-Z]{3}$/.test(f) || !/^[A-Z]{3}$/.test(tt)) return setInvalid(t('invalidCurrency'));
    const r = parseRate(rate);
    if (!r) return setInvalid(t('payInvalidRate'));
    const validDays = Number(days);
    if (!Number.isInteger(validDays) || validDays < 1 || validDays > 3650) return setInvalid(t('payInvalidDays'));
    setBusy(true);
    setSteps([]);
    try {
      const [fu, tu] = await Promise.all([minorUnits(f), minorUnits(tt)]);
      const feeA = parseCharge(debtorFee, fu);
      const feeB = parseCharge(creditorFee, fu);
      if (feeA === undefined || feeB === undefined) return setInvalid(t('invalidAmount', { digits: fu }));
      const line = parseAmount(creditLine, tu);
      if (line === undefined) return setInvalid(t('invalidAmount', { digits: tu }));
      setInvalid(undefined);
      const body = fxTerms({
        creditorAgent: fromHex(agent),
        from: f,
        to: tt,
        rate: r,
        debtorAgentFee: feeA,
        creditorAgentFee: feeB,
        creditLine: line,
        expiresAtMillis: BigInt(Date.now() + validDays * DAY_MILLIS),
      });
      const last = await signAndSubmit(session, { module: 'payments', action: 'fx-propose', body }, (p) => setSteps((s) => [...s, p]));
      if (last.step === 'committed') onFinal();
    } catch (err) {
      setInvalid(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const field = (id: string, label: string, value: string, set: (v: string) => void, extra: Record<string, unknown> = {}) => (
    <>
      <label for={id}>{label}</label>
      <input id={id} required autocomplete="off" value={value} onInput={(e) => set((e.target as HTMLInputElement).value)} {...extra} />
    </>
  );

  return (
    <>
      <h3 id="fx-propose-title">{t('payProposeTitle')}</h3>
      <form class="form" aria-labelledby="fx-propose-title" onSubmit={submit}>
        {field('fx-creditor-agent', t('payCreditorAgentId'), creditorAgent, setCreditorAgent, { class: 'mono', spellcheck: false })}
        {field('fx-from', t('payFromCurrency'), from, setFrom, { maxLength: 3 })}
        {field('fx-to', t('payToCurrency'), to, setTo, { maxLength: 3 })}
        {field('fx-rate', t('payRateLabel'), rate, setRate, { inputMode: 'decimal' })}
        {field('fx-debtor-fee', t('payDebtorFeeLabel'), debtorFee, setDebtorFee, { inputMode: 'decimal' })}
        {field('fx-creditor-fee', t('payCreditorFeeLabel'), creditorFee, setCreditorFee, { inputMode: 'decimal' })}
        {field('fx-credit-line', t('payCreditLineLabel'), creditLine, setCreditLine, { inputMode: 'decimal' })}
        {field('fx-days', t('payValidDays'), days, setDays, { type: 'number', min: 1, max: 3650 })}
        <button type="submit" disabled={busy}>
          {t('payProposeButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="fx-propose-progress" />
    </>
  );
}
