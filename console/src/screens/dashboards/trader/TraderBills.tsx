import { useContext, useState } from 'preact/hooks';
import { useAction } from '../../../actions/useAction.ts';
import { fromHex } from '../../../chain/hex.ts';
import { LangContext, useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { surrender, type BillJson } from '../../../trade/ebl.ts';
import { ErrorNote, formatTime, Loading, useAsync } from '../../../ui.tsx';
import { heldBills } from '../../credits/load.ts';
import { ActionProgress, useRefresh } from '../../credits/parts.tsx';
import { BillTable, billColumns } from '../../credits/tables.tsx';
import type { Column } from '../../DataTable.tsx';

/**
 * The bills of lading a trader holds (ebl/held: live bills, under its exclusive control), with the
 * holder's simple act: surrender to the carrier for delivery. Endorsing a bill onward needs its
 * data re-sealed for the endorsee, which the SDK and command line do.
 */
export function TraderBills({ session }: { session: Session }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const [refresh, bump] = useRefresh('ebl');
  const bills = useAsync(() => heldBills(session), [session, refresh]);
  const action = useAction(session, bump);
  const columns: Column<BillJson>[] = [
    billColumns.status,
    billColumns.form,
    billColumns.carrier,
    { head: 'billIssuedAt', cell: (b) => formatTime(Number(b.issuedAtMillis), lang) },
    { head: 'surrenderButton', hiddenHead: true, cell: (b) => <Surrender bill={b} action={action} /> },
  ];
  return (
    <section aria-labelledby="trader-bills-title" data-testid="trader-bills">
      <h2 id="trader-bills-title">{t('billsTitle')}</h2>
      <ActionProgress steps={action.steps} testId="bill-action-progress" />
      {bills.state === 'loading' && <Loading />}
      {bills.state === 'failed' && <ErrorNote error={bills.error} />}
      {bills.state === 'done' && <BillTable bills={bills.value} caption={t('billsTitle')} testId="held-bills" columns={columns} />}
    </section>
  );
}

/** Surrender for delivery is final, so it takes a second, explicit click. */
function Surrender({ bill, action }: { bill: BillJson; action: ReturnType<typeof useAction> }) {
  const t = useT();
  const [asked, setAsked] = useState(false);
  if (bill.status !== 'ISSUED') return null;
  return (
    <div class="row-actions">
      {!asked ? (
        <button type="button" onClick={() => setAsked(true)} data-testid={`surrender-${bill.id}`}>
          {t('surrenderButton')}
        </button>
      ) : (
        <button type="button" disabled={action.busy} data-testid={`surrender-confirm-${bill.id}`} onClick={() => action.run('ebl', 'surrender', surrender(fromHex(bill.id), 'DELIVERY'))}>
          {t('surrenderConfirm')}
        </button>
      )}
    </div>
  );
}
