import { useState } from 'preact/hooks';
import { fromHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { parseAmount } from '../../../trade/currency.ts';
import { fxTerms, parseRate } from '../../../trade/payments.ts';
import { ProgressList } from '../../ProgressList.tsx';
import { minorUnits } from '../../payments/shared.tsx';
import { invalidBecause, TextField, useSignedForm } from '../../payments/signedForm.tsx';

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
  const { steps, invalid, setInvalid, busy, sign } = useSignedForm(session, onFinal);

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
    await sign('fx-propose', async () => {
      const [fu, tu] = await Promise.all([minorUnits(f), minorUnits(tt)]);
      const feeA = parseCharge(debtorFee, fu);
      const feeB = parseCharge(creditorFee, fu);
      if (feeA === undefined || feeB === undefined) return invalidBecause(t('invalidAmount', { digits: fu }));
      const line = parseAmount(creditLine, tu);
      if (line === undefined) return invalidBecause(t('invalidAmount', { digits: tu }));
      return fxTerms({
        creditorAgent: fromHex(agent),
        from: f,
        to: tt,
        rate: r,
        debtorAgentFee: feeA,
        creditorAgentFee: feeB,
        creditLine: line,
        expiresAtMillis: BigInt(Date.now() + validDays * DAY_MILLIS),
      });
    });
  }

  return (
    <>
      <h3 id="fx-propose-title">{t('payProposeTitle')}</h3>
      <form class="form" aria-labelledby="fx-propose-title" onSubmit={submit}>
        <TextField id="fx-creditor-agent" label={t('payCreditorAgentId')} value={creditorAgent} onValue={setCreditorAgent} class="mono" spellcheck={false} />
        <TextField id="fx-from" label={t('payFromCurrency')} value={from} onValue={setFrom} maxLength={3} />
        <TextField id="fx-to" label={t('payToCurrency')} value={to} onValue={setTo} maxLength={3} />
        <TextField id="fx-rate" label={t('payRateLabel')} value={rate} onValue={setRate} inputMode="decimal" />
        <TextField id="fx-debtor-fee" label={t('payDebtorFeeLabel')} value={debtorFee} onValue={setDebtorFee} inputMode="decimal" />
        <TextField id="fx-creditor-fee" label={t('payCreditorFeeLabel')} value={creditorFee} onValue={setCreditorFee} inputMode="decimal" />
        <TextField id="fx-credit-line" label={t('payCreditLineLabel')} value={creditLine} onValue={setCreditLine} inputMode="decimal" />
        <TextField id="fx-days" label={t('payValidDays')} value={days} onValue={setDays} type="number" min={1} max={3650} />
        <button type="submit" disabled={busy}>
          {t('payProposeButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="fx-propose-progress" />
    </>
  );
}
