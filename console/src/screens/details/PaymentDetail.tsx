import { api } from '../../api.ts';
import { fromHex } from '../../chain/hex.ts';
import { useT, type MessageKey } from '../../i18n.ts';
import { href } from '../../router.ts';
import { formatRate, reference, type PaymentJson } from '../../trade/payments.ts';
import { ErrorNote, Facts, Hex, Loading, formatTime, useAsync } from '../../ui.tsx';
import { Party, PaymentStatus, money, namesOf, unitsOf, useLang, usePaymentsVersion } from '../payments/shared.tsx';

/**
 * One cross-border payment (payments/payment, by the id of its xb-pay transaction): everything the
 * chain holds about it, which is public: parties and agents, amounts in both currencies, rate,
 * charges, status, end-to-end id, and the transaction and block it settled in. The payer's and
 * payee's personal data stay with their banks; the chain has only their account ids.
 */
export function PaymentDetail({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const version = usePaymentsVersion();
  const data = useAsync(async () => {
    const p = (await api.queryJson<PaymentJson>('payments', 'payment', reference(fromHex(id)))).answer;
    const [names, units] = await Promise.all([
      namesOf([p.debtorAgent, p.creditorAgent, p.payer, p.payee]),
      unitsOf([p.instructedCurrency, p.settlementCurrency]),
    ]);
    return { p, names, units };
  }, [id, version]);

  return (
    <section aria-labelledby="payment-title" data-testid="payment-detail">
      <h1 id="payment-title">{t('payDetailTitle')}</h1>
      {data.state === 'loading' && <Loading />}
      {data.state === 'failed' && <ErrorNote error={data.error} />}
      {data.state === 'done' && payment(data.value.p, data.value.names, data.value.units)}
    </section>
  );

  function payment(p: PaymentJson, names: Map<string, string>, units: Map<string, number>) {
    const customer = (account: string, bank: string) => (
      <span>
        <Party account={account} names={names} /> {!names.has(account) && <>({t('payCustomerOf', { bank: names.get(bank) ?? bank })})</>}
      </span>
    );
    return (
      <Facts
        label={t('payDetailTitle')}
        rows={[
          [t('payFactId'), <Hex value={p.id} />],
          [t('payColStatus'), <span data-testid="payment-status"><PaymentStatus status={p.status} /></span>],
          [t('payColEndToEnd'), <span data-testid="payment-e2e">{p.endToEndId}</span>],
          [t('payFactPayer'), <span data-testid="payment-payer">{customer(p.payer, p.debtorAgent)}</span>],
          [t('payFactDebtorAgent'), <span data-testid="payment-debtor-agent"><Party account={p.debtorAgent} names={names} /></span>],
          [t('payFactCreditorAgent'), <span data-testid="payment-creditor-agent"><Party account={p.creditorAgent} names={names} /></span>],
          [t('payFactPayee'), <span data-testid="payment-payee">{customer(p.payee, p.creditorAgent)}</span>],
          [t('payFactInstructed'), <span data-testid="payment-instructed">{money(p.instructedAmount, p.instructedCurrency, units)}</span>],
          [t('payFactDebited'), <span data-testid="payment-debited">{money(p.debited, p.instructedCurrency, units)}</span>],
          [t('payFactRate'), <span data-testid="payment-rate">{t('payRateText', { rate: formatRate(p.rate), from: p.instructedCurrency, to: p.settlementCurrency })}</span>],
          [t('payFactSettlement'), <span data-testid="payment-settlement">{money(p.settlementAmount, p.settlementCurrency, units)}</span>],
          [t('payFactChargeBearer'), t(`payBearerName${p.chargeBearer}` as MessageKey)],
          [t('payFactDebtorFee'), money(p.debtorAgentFee, p.instructedCurrency, units)],
          [t('payFactCreditorFee'), money(p.creditorAgentFee, p.instructedCurrency, units)],
          [t('payColSettledAt'), formatTime(Number(p.settledAtMillis), lang)],
          [
            t('payFactTransaction'),
            <a href={href.tx(p.id)} data-testid="payment-tx">
              <Hex value={p.id} short />
            </a>,
          ],
          [
            t('payFactBlock'),
            <a href={href.block(Number(p.height))} data-testid="payment-block">
              {p.height}
            </a>,
          ],
          [t('payFactCorridor'), <Hex value={p.agreement} />],
        ]}
      />
    );
  }
}
