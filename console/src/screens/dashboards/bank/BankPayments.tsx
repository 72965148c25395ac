import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../../actions/submit.ts';
import { toHex, fromHex } from '../../../chain/hex.ts';
import { useT, type MessageKey } from '../../../i18n.ts';
import { href } from '../../../router.ts';
import type { Session } from '../../../session.ts';
import { formatRate, reference, type FxAgreementJson, type PaymentJson, type PvpOfferJson } from '../../../trade/payments.ts';
import { ErrorNote, Hex, Loading, formatTime, useAsync } from '../../../ui.tsx';
import { ProgressList } from '../../ProgressList.tsx';
import { ProposeCorridor } from './ProposeCorridor.tsx';
import { PAGE, Pager, Party, PaymentStatus, listNewest, money, namesOf, unitsOf, useLang, usePaymentsVersion, type Listed } from '../../payments/shared.tsx';

/**
 * The commercial bank's payments: FX corridors it proposed or was offered (with an Accept for
 * those waiting on it), the cross-border payments it was debtor or creditor agent for, and PvP
 * offers with it. Everything is read from the payments listings (payments/agreements-by-party,
 * by-account, offers-by-party) and refreshed when a payments event commits.
 */
export function BankPayments({ session }: { session: Session }) {
  const t = useT();
  const version = usePaymentsVersion();
  const [bump, setBump] = useState(0);
  const refresh = () => setBump((b) => b + 1);
  const me = toHex(session.accountId);
  return (
    <section aria-labelledby="bank-payments-title" data-testid="bank-payments">
      <h2 id="bank-payments-title">{t('payBankTitle')}</h2>
      <Corridors session={session} me={me} version={version + bump} onFinal={refresh} />
      <ProposeCorridor session={session} onFinal={refresh} />
      <AgentPayments session={session} me={me} version={version + bump} />
      <Offers session={session} me={me} version={version + bump} onFinal={refresh} />
    </section>
  );
}

function Corridors({ session, me, version, onFinal }: { session: Session; me: string; version: number; onFinal: () => void }) {
  const t = useT();
  const lang = useLang();
  const [from, setFrom] = useState<bigint>();
  const [steps, setSteps] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  const data = useAsync(async () => {
    const listed = await listNewest<FxAgreementJson>('agreements-by-party', 'agreement', session.accountId, from, PAGE);
    const records = listed.items.map((i) => i.record);
    const [names, units] = await Promise.all([
      namesOf(records.flatMap((a) => [a.debtorAgent, a.terms.creditorAgent])),
      unitsOf(records.flatMap((a) => [a.terms.from, a.terms.to])),
    ]);
    return { listed, names, units };
  }, [me, from, version]);

  async function accept(id: string) {
    setSteps([]);
    setBusy(true);
    const last = await signAndSubmit(session, { module: 'payments', action: 'fx-accept', body: reference(fromHex(id)) }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') onFinal();
  }

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { listed, names, units } = data.value;
  return (
    <>
      <h3 id="bank-corridors-title">{t('payCorridorsTitle')}</h3>
      {listed.items.length === 0 ? (
        <p>{t('payCorridorsNone')}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="bank-corridors">
            <caption>{t('payCorridorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payColCorridor')}</th>
                <th scope="col">{t('payColRole')}</th>
                <th scope="col">{t('payColCounterparty')}</th>
                <th scope="col">{t('payColCurrencies')}</th>
                <th scope="col">{t('payColRate')}</th>
                <th scope="col">{t('payColCharges')}</th>
                <th scope="col">{t('payColLimit')}</th>
                <th scope="col">{t('payColExpiry')}</th>
                <th scope="col">{t('payColStatus')}</th>
                <th scope="col">{t('payColAction')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.items.map(({ id, record: a }) => {
                const proposer = a.debtorAgent === me;
                const expired = Number(a.terms.expiresAtMillis) <= Date.now();
                const status: MessageKey = a.agreed ? (expired ? 'payCorridorExpired' : 'payCorridorAgreed') : expired ? 'payCorridorExpired' : 'payCorridorProposed';
                return (
                  <tr key={id} data-testid={`corridor-${id}`}>
                    <th scope="row">
                      <Hex value={id} short />
                    </th>
                    <td>{t(proposer ? 'payRoleProposer' : 'payRoleOffered')}</td>
                    <td>
                      <Party account={proposer ? a.terms.creditorAgent : a.debtorAgent} names={names} />
                    </td>
                    <td>
                      {a.terms.from} → {a.terms.to}
                    </td>
                    <td data-testid={`corridor-rate-${id}`}>{formatRate(a.terms.rate)}</td>
                    <td>
                      {money(a.terms.debtorAgentFee, a.terms.from, units)} + {money(a.terms.creditorAgentFee, a.terms.from, units)}
                    </td>
                    <td data-testid={`corridor-limit-${id}`}>
                      {money(a.used, a.terms.to, units)} / {money(a.terms.creditLine, a.terms.to, units)}
                    </td>
                    <td>{formatTime(Number(a.terms.expiresAtMillis), lang)}</td>
                    <td data-testid={`corridor-status-${id}`}>{t(status)}</td>
                    <td>
                      {!proposer && !a.agreed && !expired && (
                        <button type="button" disabled={busy} aria-label={t('payAcceptCorridorLabel', { id })} onClick={() => accept(id)}>
                          {t('payAcceptCorridor')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager listed={listed as Listed<unknown>} onFrom={setFrom} label={t('payCorridorsCaption')} />
      <ProgressList steps={steps} testId="fx-accept-progress" />
    </>
  );
}

function AgentPayments({ session, me, version }: { session: Session; me: string; version: number }) {
  const t = useT();
  const lang = useLang();
  const [from, setFrom] = useState<bigint>();
  const data = useAsync(async () => {
    const listed = await listNewest<PaymentJson>('by-account', 'payment', session.accountId, from, PAGE);
    const records = listed.items.map((i) => i.record);
    const [names, units] = await Promise.all([
      namesOf(records.flatMap((p) => [p.debtorAgent, p.creditorAgent])),
      unitsOf(records.flatMap((p) => [p.instructedCurrency, p.settlementCurrency])),
    ]);
    return { listed, names, units };
  }, [me, from, version]);

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { listed, names, units } = data.value;
  return (
    <>
      <h3 id="bank-xb-title">{t('payAgentPaymentsTitle')}</h3>
      {listed.items.length === 0 ? (
        <p>{t('payPaymentsNone')}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="bank-xb-payments">
            <caption>{t('payAgentPaymentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payColPayment')}</th>
                <th scope="col">{t('payColRole')}</th>
                <th scope="col">{t('payColEndToEnd')}</th>
                <th scope="col">{t('payColPayer')}</th>
                <th scope="col">{t('payColPayee')}</th>
                <th scope="col">{t('payColInstructed')}</th>
                <th scope="col">{t('payColSettlement')}</th>
                <th scope="col">{t('payColSettledAt')}</th>
                <th scope="col">{t('payColStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.items.map(({ id, record: p }) => (
                <tr key={id} data-testid={`payment-${id}`}>
                  <th scope="row">
                    <a href={href.payment(id)}>
                      <Hex value={id} short />
                    </a>
                  </th>
                  <td>{t(p.debtorAgent === me ? 'payRoleDebtorAgent' : p.creditorAgent === me ? 'payRoleCreditorAgent' : 'payRoleParty')}</td>
                  <td>{p.endToEndId}</td>
                  <td>
                    <Party account={p.payer} names={names} />
                  </td>
                  <td>
                    <Party account={p.payee} names={names} />
                  </td>
                  <td data-testid={`payment-instructed-${id}`}>{money(p.instructedAmount, p.instructedCurrency, units)}</td>
                  <td data-testid={`payment-settlement-${id}`}>{money(p.settlementAmount, p.settlementCurrency, units)}</td>
                  <td>{formatTime(Number(p.settledAtMillis), lang)}</td>
                  <td data-testid={`payment-status-${id}`}>
                    <PaymentStatus status={p.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager listed={listed as Listed<unknown>} onFrom={setFrom} label={t('payAgentPaymentsCaption')} />
    </>
  );
}

function Offers({ session, me, version, onFinal }: { session: Session; me: string; version: number; onFinal: () => void }) {
  const t = useT();
  const lang = useLang();
  const [from, setFrom] = useState<bigint>();
  const [steps, setSteps] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  const data = useAsync(async () => {
    const listed = await listNewest<PvpOfferJson>('offers-by-party', 'offer', session.accountId, from, PAGE);
    const records = listed.items.map((i) => i.record);
    const [names, units] = await Promise.all([
      namesOf(records.flatMap((o) => [o.maker, o.terms.counterparty])),
      unitsOf(records.flatMap((o) => [o.terms.give, o.terms.want])),
    ]);
    return { listed, names, units };
  }, [me, from, version]);

  async function accept(id: string) {
    setSteps([]);
    setBusy(true);
    const last = await signAndSubmit(session, { module: 'payments', action: 'pvp-accept', body: reference(fromHex(id)) }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') onFinal();
  }

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { listed, names, units } = data.value;
  return (
    <>
      <h3 id="bank-pvp-title">{t('payOffersTitle')}</h3>
      {listed.items.length === 0 ? (
        <p>{t('payOffersNone')}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="bank-pvp-offers">
            <caption>{t('payOffersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payColOffer')}</th>
                <th scope="col">{t('payColMaker')}</th>
                <th scope="col">{t('payColCounterparty')}</th>
                <th scope="col">{t('payColMakerGives')}</th>
                <th scope="col">{t('payColMakerWants')}</th>
                <th scope="col">{t('payColExpiry')}</th>
                <th scope="col">{t('payColStatus')}</th>
                <th scope="col">{t('payColAction')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.items.map(({ id, record: o }) => {
                const open = o.state === 'OPEN' && Number(o.terms.expiresAtMillis) > Date.now();
                return (
                  <tr key={id} data-testid={`offer-${id}`}>
                    <th scope="row">
                      <Hex value={id} short />
                    </th>
                    <td>
                      <Party account={o.maker} names={names} />
                    </td>
                    <td>
                      <Party account={o.terms.counterparty} names={names} />
                    </td>
                    <td>{money(o.terms.giveAmount, o.terms.give, units)}</td>
                    <td>{money(o.terms.wantAmount, o.terms.want, units)}</td>
                    <td>{formatTime(Number(o.terms.expiresAtMillis), lang)}</td>
                    <td data-testid={`offer-status-${id}`}>{t(`payOffer${o.state}` as MessageKey)}</td>
                    <td>
                      {open && o.terms.counterparty === me && (
                        <button type="button" disabled={busy} aria-label={t('payAcceptOfferLabel', { id })} onClick={() => accept(id)}>
                          {t('payAcceptOffer')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager listed={listed as Listed<unknown>} onFrom={setFrom} label={t('payOffersCaption')} />
      <ProgressList steps={steps} testId="pvp-accept-progress" />
    </>
  );
}
