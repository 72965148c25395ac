import { useContext, useState } from 'preact/hooks';
import { fromHex } from '../../../chain/hex.ts';
import { LangContext, useT } from '../../../i18n.ts';
import { href } from '../../../router.ts';
import type { Session } from '../../../session.ts';
import { surrender, type BillJson } from '../../../trade/ebl.ts';
import { ErrorNote, formatTime, Hex, Loading, useAsync } from '../../../ui.tsx';
import { heldBills } from '../../credits/load.ts';
import { ActionProgress, BillStatusText, Party, useAction, useRefresh } from '../../credits/parts.tsx';

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
  return (
    <section aria-labelledby="trader-bills-title" data-testid="trader-bills">
      <h2 id="trader-bills-title">{t('billsTitle')}</h2>
      <ActionProgress steps={action.steps} testId="bill-action-progress" />
      {bills.state === 'loading' && <Loading />}
      {bills.state === 'failed' && <ErrorNote error={bills.error} />}
      {bills.state === 'done' && bills.value.length === 0 && (
        <p class="note" data-testid="held-bills">
          {t('creditsNone')}
        </p>
      )}
      {bills.state === 'done' && bills.value.length > 0 && (
        <table data-testid="held-bills">
          <caption class="visually-hidden">{t('billsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('billId')}</th>
              <th scope="col">{t('billStatus')}</th>
              <th scope="col">{t('billForm')}</th>
              <th scope="col">{t('billCarrier')}</th>
              <th scope="col">{t('billIssuedAt')}</th>
              <th scope="col"><span class="visually-hidden">{t("surrenderButton")}</span></th>
            </tr>
          </thead>
          <tbody>
            {bills.value.map((b) => (
              <tr key={b.id} data-testid={`bill-${b.id}`} data-status={b.status}>
                <th scope="row">
                  <a href={href.bill(b.id)}>
                    <Hex value={b.id} short />
                  </a>
                </th>
                <td>
                  <BillStatusText status={b.status} />
                </td>
                <td>{t(b.form === 'STRAIGHT' ? 'formSTRAIGHT' : 'formTO_ORDER')}</td>
                <td>
                  <Party account={b.carrier} />
                </td>
                <td>{formatTime(Number(b.issuedAtMillis), lang)}</td>
                <td>
                  <Surrender bill={b} action={action} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
