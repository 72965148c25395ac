import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../../actions/submit.ts';
import { api } from '../../../api.ts';
import { fromHex, toHex } from '../../../chain/hex.ts';
import { useT, type MessageKey } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { currencyAccount, decodeBalance, formatAmount, parseAmount } from '../../../trade/currency.ts';
import {
  CHARGE_BEARERS,
  END_TO_END_ID,
  crossBorderPay,
  formatRate,
  type ChargeBearer,
  type FxAgreementJson,
  type PaymentJson,
} from '../../../trade/payments.ts';
import { ErrorNote, Loading, useAsync } from '../../../ui.tsx';
import { ProgressList } from '../../ProgressList.tsx';
import type { Column } from '../../DataTable.tsx';
import { ListingTable, paymentColumns, usePaymentListing, type Item } from '../../payments/listing.tsx';
import { Party, bankOf, listNewest, money, namesOf, unitsOf, useLang, usePaymentsVersion } from '../../payments/shared.tsx';

/**
 * A bank customer's cross-border payments: those it sent or received (payments/by-account), and a
 * form that pays a customer of another bank over one of its own bank's agreed corridors
 * (payments/xb-pay), signed here and followed to finality. What the module refuses (credit line,
 * funds, duplicate end-to-end id) is shown with its code.
 */
export function TraderPayments({ session }: { session: Session }) {
  const t = useT();
  const version = usePaymentsVersion();
  const [bump, setBump] = useState(0);
  const me = toHex(session.accountId);
  const bank = useAsync(() => bankOf(session.accountId), [me]);
  return (
    <section aria-labelledby="trader-payments-title" data-testid="trader-payments">
      <h2 id="trader-payments-title">{t('payTraderTitle')}</h2>
      <MyPayments session={session} me={me} version={version + bump} />
      {bank.state === 'loading' && <Loading />}
      {bank.state === 'failed' && <ErrorNote error={bank.error} />}
      {bank.state === 'done' &&
        (bank.value === undefined ? (
          <p>{t('payNotCustomer')}</p>
        ) : (
          <PayForm session={session} bank={bank.value} version={version + bump} onFinal={() => setBump((b) => b + 1)} />
        ))}
    </section>
  );
}

function MyPayments({ session, me, version }: { session: Session; me: string; version: number }) {
  const t = useT();
  const lang = useLang();
  const { data, setFrom } = usePaymentListing(session.accountId, version);

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { listed, names, units } = data.value;
  if (listed.items.length === 0) return <p>{t('payMineNone')}</p>;
  const payment = paymentColumns(units, lang);
  const sent = (p: PaymentJson) => p.payer === me;
  const columns: Column<Item<PaymentJson>>[] = [
    payment.id,
    { head: 'payColDirection', cell: ({ record: p }) => t(sent(p) ? 'paySent' : 'payReceived'), testId: ({ id }) => `payment-direction-${id}` },
    {
      head: 'payColCounterparty',
      cell: ({ record: p }) => (
        <>
          <Party account={sent(p) ? p.payee : p.payer} names={names} /> ({t('payCustomerOf', { bank: names.get(sent(p) ? p.creditorAgent : p.debtorAgent) ?? '?' })})
        </>
      ),
    },
    payment.endToEnd,
    { head: 'payColDebited', cell: ({ record: p }) => money(p.debited, p.instructedCurrency, units), testId: ({ id }) => `payment-debited-${id}` },
    payment.settlement,
    payment.settledAt,
    payment.status,
  ];
  return (
    <ListingTable
      listed={listed}
      rows={listed.items}
      onFrom={setFrom}
      caption={t('payMineCaption')}
      none={t('payMineNone')}
      testId="trader-xb-payments"
      rowTestId="payment"
      columns={columns}
    />
  );
}

interface Corridor {
  id: string;
  agreement: FxAgreementJson;
}

/**
 * The bank's agreed, unexpired corridors it is debtor agent of: those its customers can pay over.
 * Its newest 100 agreements are read (older ones have usually expired).
 */
async function openCorridors(bank: string): Promise<Corridor[]> {
  const listed = await listNewest<FxAgreementJson>('agreements-by-party', 'agreement', fromHex(bank), undefined, 100);
  return listed.items
    .filter(({ record: a }) => a.debtorAgent === bank && a.agreed && Number(a.terms.expiresAtMillis) > Date.now())
    .map(({ id, record }) => ({ id, agreement: record }));
}

function PayForm({ session, bank, version, onFinal }: { session: Session; bank: string; version: number; onFinal: () => void }) {
  const t = useT();
  const [corridorId, setCorridorId] = useState<string>();
  const [payee, setPayee] = useState('');
  const [amount, setAmount] = useState('');
  const [endToEndId, setEndToEndId] = useState(() => `PAY-${Date.now().toString(36).toUpperCase()}`);
  const [bearer, setBearer] = useState<ChargeBearer>('SHAR');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  const data = useAsync(async () => {
    const corridors = await openCorridors(bank);
    const records = corridors.map((c) => c.agreement);
    const [names, units] = await Promise.all([
      namesOf([bank, ...records.map((a) => a.terms.creditorAgent)]),
      unitsOf(records.flatMap((a) => [a.terms.from, a.terms.to])),
    ]);
    const balances = new Map<string, bigint>();
    for (const code of new Set(records.map((a) => a.terms.from))) {
      const r = await api.query('currency', 'balance', currencyAccount(code, session.accountId)).catch(() => undefined);
      balances.set(code, r ? decodeBalance(r.response) : 0n);
    }
    return { corridors, names, units, balances };
  }, [bank, version]);

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { corridors, names, units, balances } = data.value;
  const corridor = corridors.find((c) => c.id === corridorId) ?? corridors[0];
  const terms = corridor?.agreement.terms;
  const sourceUnits = terms ? (units.get(terms.from) ?? 0) : 0;

  async function submit(e: Event) {
    e.preventDefault();
    if (!corridor || !terms) return;
    const to = payee.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(to)) return setInvalid(t('payInvalidPayee'));
    const minor = parseAmount(amount, sourceUnits);
    if (minor === undefined) return setInvalid(t('invalidAmount', { digits: sourceUnits }));
    const e2e = endToEndId.trim();
    if (!END_TO_END_ID.test(e2e)) return setInvalid(t('payInvalidEndToEnd'));
    setInvalid(undefined);
    setSteps([]);
    setBusy(true);
    const body = crossBorderPay({ endToEndId: e2e, payee: fromHex(to), agreement: fromHex(corridor.id), amount: minor, chargeBearer: bearer });
    const last = await signAndSubmit(session, { module: 'payments', action: 'xb-pay', body }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') {
      setEndToEndId(`PAY-${Date.now().toString(36).toUpperCase()}`);
      onFinal();
    }
  }

  return (
    <>
      <h3 id="xb-pay-title">{t('payFormTitle')}</h3>
      <p data-testid="xb-pay-bank">{t('payMyBank', { bank: names.get(bank) ?? bank })}</p>
      {corridors.length === 0 || !terms ? (
        <p>{t('payNoCorridor')}</p>
      ) : (
        <>
          <form class="form" aria-labelledby="xb-pay-title" onSubmit={submit}>
            <label for="xb-corridor">{t('payCorridor')}</label>
            <select id="xb-corridor" value={corridor.id} onChange={(e) => setCorridorId((e.target as HTMLSelectElement).value)}>
              {corridors.map(({ id, agreement: a }) => (
                <option key={id} value={id}>
                  {t('payCorridorOption', {
                    from: a.terms.from,
                    to: a.terms.to,
                    rate: formatRate(a.terms.rate),
                    bank: names.get(a.terms.creditorAgent) ?? a.terms.creditorAgent.slice(0, 10),
                    id: id.slice(0, 10),
                  })}
                </option>
              ))}
            </select>
            <label for="xb-payee">{t('payPayee')}</label>
            <input id="xb-payee" class="mono" required spellcheck={false} autocomplete="off" value={payee} onInput={(e) => setPayee((e.target as HTMLInputElement).value)} />
            <label for="xb-amount">{t('payAmount', { code: terms.from })}</label>
            <input id="xb-amount" inputMode="decimal" required autocomplete="off" value={amount} onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
            <label for="xb-e2e">{t('payEndToEnd')}</label>
            <input id="xb-e2e" required maxLength={35} autocomplete="off" value={endToEndId} onInput={(e) => setEndToEndId((e.target as HTMLInputElement).value)} />
            <label for="xb-bearer">{t('payChargeBearer')}</label>
            <select id="xb-bearer" aria-describedby="xb-bearer-hint" value={bearer} onChange={(e) => setBearer((e.target as HTMLSelectElement).value as ChargeBearer)}>
              {(Object.keys(CHARGE_BEARERS) as ChargeBearer[]).map((b) => (
                <option key={b} value={b}>
                  {t(`payBearerName${b}` as MessageKey)}
                </option>
              ))}
            </select>
            <small id="xb-bearer-hint" class="hint">
              {t(`payBearer${bearer}` as MessageKey)}
            </small>
            <button type="submit" disabled={busy}>
              {t('paySubmit')}
            </button>
          </form>
          <p data-testid="xb-pay-terms">
            {t('payTerms', {
              rate: formatRate(terms.rate),
              debtorFee: money(terms.debtorAgentFee, terms.from, units),
              creditorFee: money(terms.creditorAgentFee, terms.from, units),
              left: money((BigInt(terms.creditLine) - BigInt(corridor.agreement.used)).toString(), terms.to, units),
            })}{' '}
            <span data-testid="xb-pay-balance">{t('payBalance', { amount: formatAmount(balances.get(terms.from) ?? 0n, sourceUnits), code: terms.from })}</span>
          </p>
        </>
      )}
      <ProgressList steps={steps} invalid={invalid} testId="xb-pay-progress" />
    </>
  );
}
