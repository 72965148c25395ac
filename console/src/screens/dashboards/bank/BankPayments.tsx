import { useState } from 'preact/hooks';
import { useAction } from '../../../actions/useAction.ts';
import { toHex, fromHex } from '../../../chain/hex.ts';
import { useT, type MessageKey } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { formatRate, reference, type FxAgreementJson, type PaymentJson, type PvpOfferJson } from '../../../trade/payments.ts';
import { ErrorNote, Hex, Loading, formatTime } from '../../../ui.tsx';
import type { Column } from '../../DataTable.tsx';
import { ProgressList } from '../../ProgressList.tsx';
import { OfferPvp } from './OfferPvp.tsx';
import { ProposeCorridor } from './ProposeCorridor.tsx';
import { ListingTable, paymentColumns, useListing, usePaymentListing, type Item } from '../../payments/listing.tsx';
import { Party, money, useLang, usePaymentsVersion } from '../../payments/shared.tsx';

/**
 * The commercial bank's payments: FX corridors it proposed or was offered (with an Accept for
 * those waiting on it), the cross-border payments it was debtor or creditor agent for, and PvP
 * offers with it (and a form to make one). Everything is read from the payments listings (payments/agreements-by-party,
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
      <OfferPvp session={session} onFinal={refresh} />
    </section>
  );
}

function Corridors({ session, me, version, onFinal }: { session: Session; me: string; version: number; onFinal: () => void }) {
  const t = useT();
  const lang = useLang();
  const { data, setFrom } = useListing<FxAgreementJson>(
    'agreements-by-party',
    'agreement',
    session.accountId,
    version,
    (a) => [a.debtorAgent, a.terms.creditorAgent],
    (a) => [a.terms.from, a.terms.to],
  );
  const accept = useAction(session, onFinal);

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { listed, names, units } = data.value;
  const rows = listed.items.map(({ id, record: a }) => {
    const expired = Number(a.terms.expiresAtMillis) <= Date.now();
    const status: MessageKey = a.agreed ? (expired ? 'payCorridorExpired' : 'payCorridorAgreed') : expired ? 'payCorridorExpired' : 'payCorridorProposed';
    return { id, a, proposer: a.debtorAgent === me, expired, status };
  });
  const columns: Column<(typeof rows)[number]>[] = [
    { head: 'payColCorridor', cell: ({ id }) => <Hex value={id} short /> },
    { head: 'payColRole', cell: ({ proposer }) => t(proposer ? 'payRoleProposer' : 'payRoleOffered') },
    { head: 'payColCounterparty', cell: ({ a, proposer }) => <Party account={proposer ? a.terms.creditorAgent : a.debtorAgent} names={names} /> },
    {
      head: 'payColCurrencies',
      cell: ({ a }) => (
        <>
          {a.terms.from} → {a.terms.to}
        </>
      ),
    },
    { head: 'payColRate', cell: ({ a }) => formatRate(a.terms.rate), testId: ({ id }) => `corridor-rate-${id}` },
    {
      head: 'payColCharges',
      cell: ({ a }) => (
        <>
          {money(a.terms.debtorAgentFee, a.terms.from, units)} + {money(a.terms.creditorAgentFee, a.terms.from, units)}
        </>
      ),
    },
    {
      head: 'payColLimit',
      cell: ({ a }) => (
        <>
          {money(a.used, a.terms.to, units)} / {money(a.terms.creditLine, a.terms.to, units)}
        </>
      ),
      testId: ({ id }) => `corridor-limit-${id}`,
    },
    { head: 'payColExpiry', cell: ({ a }) => formatTime(Number(a.terms.expiresAtMillis), lang) },
    { head: 'payColStatus', cell: ({ status }) => t(status), testId: ({ id }) => `corridor-status-${id}` },
    {
      head: 'payColAction',
      cell: ({ id, a, proposer, expired }) =>
        !proposer &&
        !a.agreed &&
        !expired && (
          <button type="button" disabled={accept.busy} aria-label={t('payAcceptCorridorLabel', { id })} onClick={() => accept.run('payments', 'fx-accept', reference(fromHex(id)))}>
            {t('payAcceptCorridor')}
          </button>
        ),
    },
  ];
  return (
    <>
      <h3 id="bank-corridors-title">{t('payCorridorsTitle')}</h3>
      <ListingTable
        listed={listed}
        rows={rows}
        onFrom={setFrom}
        caption={t('payCorridorsCaption')}
        none={t('payCorridorsNone')}
        testId="bank-corridors"
        rowTestId="corridor"
        columns={columns}
      />
      <ProgressList steps={accept.steps} testId="fx-accept-progress" />
    </>
  );
}

function AgentPayments({ session, me, version }: { session: Session; me: string; version: number }) {
  const t = useT();
  const lang = useLang();
  const { data, setFrom } = usePaymentListing(session.accountId, version);

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { listed, names, units } = data.value;
  const payment = paymentColumns(units, lang);
  const columns: Column<Item<PaymentJson>>[] = [
    payment.id,
    {
      head: 'payColRole',
      cell: ({ record: p }) => t(p.debtorAgent === me ? 'payRoleDebtorAgent' : p.creditorAgent === me ? 'payRoleCreditorAgent' : 'payRoleParty'),
    },
    payment.endToEnd,
    { head: 'payColPayer', cell: ({ record: p }) => <Party account={p.payer} names={names} /> },
    { head: 'payColPayee', cell: ({ record: p }) => <Party account={p.payee} names={names} /> },
    {
      head: 'payColInstructed',
      cell: ({ record: p }) => money(p.instructedAmount, p.instructedCurrency, units),
      testId: ({ id }) => `payment-instructed-${id}`,
    },
    payment.settlement,
    payment.settledAt,
    payment.status,
  ];
  return (
    <>
      <h3 id="bank-xb-title">{t('payAgentPaymentsTitle')}</h3>
      <ListingTable
        listed={listed}
        rows={listed.items}
        onFrom={setFrom}
        caption={t('payAgentPaymentsCaption')}
        none={t('payPaymentsNone')}
        testId="bank-xb-payments"
        rowTestId="payment"
        columns={columns}
      />
    </>
  );
}

function Offers({ session, me, version, onFinal }: { session: Session; me: string; version: number; onFinal: () => void }) {
  const t = useT();
  const lang = useLang();
  const { data, setFrom } = useListing<PvpOfferJson>(
    'offers-by-party',
    'offer',
    session.accountId,
    version,
    (o) => [o.maker, o.terms.counterparty],
    (o) => [o.terms.give, o.terms.want],
  );
  const accept = useAction(session, onFinal);

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <ErrorNote error={data.error} />;
  const { listed, names, units } = data.value;
  const columns: Column<Item<PvpOfferJson>>[] = [
    { head: 'payColOffer', cell: ({ id }) => <Hex value={id} short /> },
    { head: 'payColMaker', cell: ({ record: o }) => <Party account={o.maker} names={names} /> },
    { head: 'payColCounterparty', cell: ({ record: o }) => <Party account={o.terms.counterparty} names={names} /> },
    { head: 'payColMakerGives', cell: ({ record: o }) => money(o.terms.giveAmount, o.terms.give, units) },
    { head: 'payColMakerWants', cell: ({ record: o }) => money(o.terms.wantAmount, o.terms.want, units) },
    { head: 'payColExpiry', cell: ({ record: o }) => formatTime(Number(o.terms.expiresAtMillis), lang) },
    { head: 'payColStatus', cell: ({ record: o }) => t(`payOffer${o.state}` as MessageKey), testId: ({ id }) => `offer-status-${id}` },
    {
      head: 'payColAction',
      cell: ({ id, record: o }) => {
        const open = o.state === 'OPEN' && Number(o.terms.expiresAtMillis) > Date.now();
        return (
          open &&
          o.terms.counterparty === me && (
            <button type="button" disabled={accept.busy} aria-label={t('payAcceptOfferLabel', { id })} onClick={() => accept.run('payments', 'pvp-accept', reference(fromHex(id)))}>
              {t('payAcceptOffer')}
            </button>
          )
        );
      },
    },
  ];
  return (
    <>
      <h3 id="bank-pvp-title">{t('payOffersTitle')}</h3>
      <ListingTable
        listed={listed}
        rows={listed.items}
        onFrom={setFrom}
        caption={t('payOffersCaption')}
        none={t('payOffersNone')}
        testId="bank-pvp-offers"
        rowTestId="offer"
        columns={columns}
      />
      <ProgressList steps={accept.steps} testId="pvp-accept-progress" />
    </>
  );
}
