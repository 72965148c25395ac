import { useState } from 'preact/hooks';
import { fromHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { parseAmount } from '../../../trade/currency.ts';
import { pvpTerms } from '../../../trade/payments.ts';
import { ProgressList } from '../../ProgressList.tsx';
import { minorUnits } from '../../payments/shared.tsx';
import { invalidBecause, TextField, useSignedForm } from '../../payments/signedForm.tsx';

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
  const { steps, invalid, setInvalid, busy, sign } = useSignedForm(session, onFinal);

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
    await sign('pvp-offer', async () => {
      const [gu, wu] = await Promise.all([minorUnits(g), minorUnits(w)]);
      const ga = parseAmount(giveAmount, gu);
      if (ga === undefined) return invalidBecause(t('invalidAmount', { digits: gu }));
      const wa = parseAmount(wantAmount, wu);
      if (wa === undefined) return invalidBecause(t('invalidAmount', { digits: wu }));
      return pvpTerms({
        counterparty: fromHex(party),
        give: g,
        giveAmount: ga,
        want: w,
        wantAmount: wa,
        expiresAtMillis: BigInt(Date.now() + validHours * HOUR_MILLIS),
      });
    });
  }

  return (
    <>
      <h3 id="pvp-offer-title">{t('bankPvpOfferTitle')}</h3>
      <form class="form" aria-labelledby="pvp-offer-title" onSubmit={submit}>
        <TextField id="pvp-counterparty" label={t('bankPvpCounterparty')} value={counterparty} onValue={setCounterparty} class="mono" spellcheck={false} maxLength={64} />
        <TextField id="pvp-give" label={t('bankPvpGive')} value={give} onValue={setGive} maxLength={3} />
        <TextField id="pvp-give-amount" label={t('bankPvpGiveAmount')} value={giveAmount} onValue={setGiveAmount} inputMode="decimal" />
        <TextField id="pvp-want" label={t('bankPvpWant')} value={want} onValue={setWant} maxLength={3} />
        <TextField id="pvp-want-amount" label={t('bankPvpWantAmount')} value={wantAmount} onValue={setWantAmount} inputMode="decimal" />
        <TextField id="pvp-hours" label={t('bankPvpHours')} value={hours} onValue={setHours} type="number" min={1} max={8760} aria-describedby="pvp-hours-note" />
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
