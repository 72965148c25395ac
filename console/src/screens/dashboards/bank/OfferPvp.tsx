import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../../actions/submit.ts';
import { fromHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { parseAmount } from '../../../trade/currency.ts';
import { pvpTerms } from '../../../trade/payments.ts';
import { ProgressList } from '../../ProgressList.tsx';
import { minorUnits } from '../../payments/shared.tsx';

const HOUR_MILLIS = 3_600_000;

/**
 * payments/pvp-offer: this bank offers another to pay one currency against another, both legs
 * settling together when the counterparty accepts. Amounts are typed in each currency's minor
 * units (currency/info); the expiry is the browser's clock plus the hours given, which the module
 * compares with block time.
 */
export function OfferPvp({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  const [counterparty, setCounterparty] = useState('');
  const [give, setGive] = useState('');
  const [giveAmount, setGiveAmount] = useState('');
  const [want, setWant] = useState('');
  const [wantAmount, setWantAmount] = useState('');
  const [hours, setHours] = useState('24');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const party = counterparty.trim().toLowerCase();
    const g = give.trim().toUpperCase();
    const w = want.trim().toUpperCase();
    if (!/^[0-9a-f]{64}$/.test(party)) return setInvalid(t('bankPvpInvalidCounterparty'));
    if (!/^[A-Z]{3}$/.test(g) || !/^[A-Z]{3}$/.test(w)) return setInvalid(t('invalidCurrency'));
    if (g === w) return setInvalid(t('bankPvpSameCurrency'));
    const validHours = Number(hours);
    if (!Number.isInteger(validHours) || validHours < 1 || validHours > 8760) return setInvalid(t('bankPvpInvalidHours'));
    setBusy(true);
    setSteps([]);
    try {
      const [gu, wu] = await Promise.all([minorUnits(g), minorUnits(w)]);
      const ga = parseAmount(giveAmount, gu);
      if (ga === undefined) return setInvalid(t('invalidAmount', { digits: gu }));
      const wa = parseAmount(wantAmount, wu);
      if (wa === undefined) return setInvalid(t('invalidAmount', { digits: wu }));
      setInvalid(undefined);
      const body = pvpTerms({
        counterparty: fromHex(party),
        give: g,
        giveAmount: ga,
        want: w,
        wantAmount: wa,
        expiresAtMillis: BigInt(Date.now() + validHours * HOUR_MILLIS),
      });
      const last = await signAndSubmit(session, { module: 'payments', action: 'pvp-offer', body }, (p) => setSteps((s) => [...s, p]));
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
      <h3 id="pvp-offer-title">{t('bankPvpOfferTitle')}</h3>
      <form class="form" aria-labelledby="pvp-offer-title" onSubmit={submit}>
        {field('pvp-counterparty', t('bankPvpCounterparty'), counterparty, setCounterparty, { class: 'mono', spellcheck: false, maxLength: 64 })}
        {field('pvp-give', t('bankPvpGive'), give, setGive, { maxLength: 3 })}
        {field('pvp-give-amount', t('bankPvpGiveAmount'), giveAmount, setGiveAmount, { inputMode: 'decimal' })}
        {field('pvp-want', t('bankPvpWant'), want, setWant, { maxLength: 3 })}
        {field('pvp-want-amount', t('bankPvpWantAmount'), wantAmount, setWantAmount, { inputMode: 'decimal' })}
        {field('pvp-hours', t('bankPvpHours'), hours, setHours, { type: 'number', min: 1, max: 8760, 'aria-describedby': 'pvp-hours-note' })}
        <p id="pvp-hours-note" class="hint">
          {t('bankPvpHoursNote')}
        </p>
        <button type="submit" disabled={busy}>
          {t('bankPvpButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="pvp-offer-progress" />
    </>
  );
}
