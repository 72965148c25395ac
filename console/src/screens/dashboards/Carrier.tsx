import { fromHex } from '../../chain/hex.ts';
import { useT } from '../../i18n.ts';
import { href } from '../../router.ts';
import type { Session } from '../../session.ts';
import { billRef, type BillJson } from '../../trade/ebl.ts';
import { ErrorNote, Hex, Loading, useAsync } from '../../ui.tsx';
import { issuedBills, me } from '../credits/load.ts';
import { ActionProgress, BillStatusText, Party, useAction, useRefresh } from '../credits/parts.tsx';
import { IssueBillForm } from './carrier/IssueBillForm.tsx';
import { SignedIn } from './SignedIn.tsx';

/**
 * The carrier's dashboard: the bills it issued (ebl/by-carrier) with their holder and status, and
 * those surrendered to it for delivery, which it accomplishes once the goods are delivered.
 * And it issues bills: the form seals the bill data in the tab and signs ebl/issue.
 */
export function CarrierDashboard() {
  return (
    <SignedIn title="navCarrier" testId="carrier-dashboard">
      {(session) => <CarrierBills session={session} />}
    </SignedIn>
  );
}

function CarrierBills({ session }: { session: Session }) {
  const [refresh, bump] = useRefresh('ebl');
  // The form stays mounted while the lists reload, so what it reports survives the refresh.
  return (
    <>
      <BillLists session={session} refresh={refresh} bump={bump} />
      <IssueBillForm session={session} onFinal={bump} />
    </>
  );
}

function BillLists({ session, refresh, bump }: { session: Session; refresh: number; bump: () => void }) {
  const t = useT();
  const bills = useAsync(() => issuedBills(session), [session, refresh]);
  const action = useAction(session, bump);
  const self = me(session);
  if (bills.state === 'loading') return <Loading />;
  if (bills.state === 'failed') return <ErrorNote error={bills.error} />;
  const toAccomplish = bills.value.filter((b) => b.status === 'SURRENDERED_FOR_DELIVERY' && b.carrier === self);
  return (
    <>
      <ActionProgress steps={action.steps} testId="bill-action-progress" />
      <h2>{t('billsToAccomplish')}</h2>
      <BillTable bills={toAccomplish} caption={t('billsToAccomplish')} testId="bills-to-accomplish">
        {(b) => (
          <button type="button" disabled={action.busy} data-testid={`accomplish-${b.id}`} onClick={() => action.run('ebl', 'accomplish', billRef(fromHex(b.id)))}>
            {t('accomplishButton')}
          </button>
        )}
      </BillTable>
      <h2>{t('billsIssued')}</h2>
      <BillTable bills={bills.value} caption={t('billsIssued')} testId="issued-bills" />
    </>
  );
}

function BillTable({ bills, caption, testId, children }: { bills: BillJson[]; caption: string; testId: string; children?: (b: BillJson) => preact.ComponentChildren }) {
  const t = useT();
  if (bills.length === 0) {
    return (
      <p class="note" data-testid={testId}>
        {t('creditsNone')}
      </p>
    );
  }
  return (
    <table data-testid={testId}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('billId')}</th>
          <th scope="col">{t('billStatus')}</th>
          <th scope="col">{t('billHolder')}</th>
          <th scope="col">{t('billShipper')}</th>
          <th scope="col">{t('billForm')}</th>
          {children && <th scope="col">{t('accomplishButton')}</th>}
        </tr>
      </thead>
      <tbody>
        {bills.map((b) => (
          <tr key={b.id} data-testid={`bill-${b.id}`} data-status={b.status}>
            <th scope="row">
              <a href={href.bill(b.id)}>
                <Hex value={b.id} short />
              </a>
            </th>
            <td>
              <BillStatusText status={b.status} />
            </td>
            <td>
              <Party account={b.holder} />
            </td>
            <td>
              <Party account={b.shipper} />
            </td>
            <td>{t(b.form === 'STRAIGHT' ? 'formSTRAIGHT' : 'formTO_ORDER')}</td>
            {children && <td>{children(b)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
