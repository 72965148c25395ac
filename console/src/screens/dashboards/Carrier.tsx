import { useAction } from '../../actions/useAction.ts';
import { fromHex } from '../../chain/hex.ts';
import { useT } from '../../i18n.ts';
import type { Session } from '../../session.ts';
import { billRef, type BillJson } from '../../trade/ebl.ts';
import { ErrorNote, Loading, useAsync } from '../../ui.tsx';
import { issuedBills, me } from '../credits/load.ts';
import { ActionProgress, useRefresh } from '../credits/parts.tsx';
import { BillTable, billColumns } from '../credits/tables.tsx';
import type { Column } from '../DataTable.tsx';
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

const columns = [billColumns.status, billColumns.holder, billColumns.shipper, billColumns.form];

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
  const accomplish: Column<BillJson> = {
    head: 'accomplishButton',
    cell: (b) => (
      <button type="button" disabled={action.busy} data-testid={`accomplish-${b.id}`} onClick={() => action.run('ebl', 'accomplish', billRef(fromHex(b.id)))}>
        {t('accomplishButton')}
      </button>
    ),
  };
  const toAccomplish = bills.value.filter((b) => b.status === 'SURRENDERED_FOR_DELIVERY' && b.carrier === self);
  return (
    <>
      <ActionProgress steps={action.steps} testId="bill-action-progress" />
      <h2>{t('billsToAccomplish')}</h2>
      <BillTable bills={toAccomplish} caption={t('billsToAccomplish')} testId="bills-to-accomplish" columns={[...columns, accomplish]} />
      <h2>{t('billsIssued')}</h2>
      <BillTable bills={bills.value} caption={t('billsIssued')} testId="issued-bills" columns={columns} />
    </>
  );
}
