import { useContext } from 'preact/hooks';
import { api } from '../../api.ts';
import { fromHex } from '../../chain/hex.ts';
import type { SealedJson } from '../../crypto/sealed.ts';
import { LangContext, useT, type MessageKey } from '../../i18n.ts';
import { href } from '../../router.ts';
import { useSession, type Session } from '../../session.ts';
import { billRef, decodeBillContent, history, MAX_BILL_PAGE, type BillContent, type BillJson, type HolderEntryJson } from '../../trade/ebl.ts';
import { ErrorNote, Facts, formatTime, Hex, Loading, useAsync } from '../../ui.tsx';
import { bill as loadBill, me, openAndDecode, type Opened } from '../credits/load.ts';
import { BillStatusText, Party, SealedView, useRefresh } from '../credits/parts.tsx';

/**
 * One bill of lading (#/bills/<id>): status, holder, carrier and form (public metadata), the
 * chain of holders (ebl/history), and the bill data decrypted in the tab for whoever it is sealed
 * to (the holder, the carrier, a straight bill's consignee, mandated regulators).
 */
export function BillDetail({ id }: { id: string }) {
  const t = useT();
  const session = useSession();
  const { lang } = useContext(LangContext);
  const [refresh] = useRefresh('ebl');
  const bill = useAsync(() => loadBill(id, session), [id, session, refresh]);
  const chain = useAsync(async () => (await api.queryJson<HolderEntryJson[]>('ebl', 'history', history(fromHex(id), 0n, MAX_BILL_PAGE))).answer, [id, refresh]);
  return (
    <section aria-labelledby="bill-title" data-testid="bill-detail">
      <h1 id="bill-title">
        {t('billId')} <Hex value={id} short />
      </h1>
      {bill.state === 'loading' && <Loading />}
      {bill.state === 'failed' && <ErrorNote error={bill.error} />}
      {bill.state === 'done' && (
        <>
          <Facts
            rows={[
              [t('billStatus'), <strong data-testid="bill-status" data-status={bill.value.status}><BillStatusText status={bill.value.status} /></strong>],
              [t('billHolder'), <span data-testid="bill-holder"><Party account={bill.value.holder} /></span>],
              [t('billCarrier'), <Party account={bill.value.carrier} />],
              [t('billShipper'), <Party account={bill.value.shipper} />],
              [t('billForm'), t(bill.value.form === 'STRAIGHT' ? 'formSTRAIGHT' : 'formTO_ORDER')],
              ...(bill.value.consignee ? [[t('billConsignee'), <Party account={bill.value.consignee} />] as [string, preact.ComponentChildren]] : []),
              [t('billIssuedAt'), formatTime(Number(bill.value.issuedAtMillis), lang)],
            ]}
          />
          <h2>{t('billData')}</h2>
          <div data-testid="bill-data">{session ? <Data bill={bill.value} session={session} /> : <p class="note">{t('sealedNoKey')}</p>}</div>
        </>
      )}
      <h2>{t('billChain')}</h2>
      {chain.state === 'loading' && <Loading />}
      {chain.state === 'failed' && <ErrorNote error={chain.error} />}
      {chain.state === 'done' && <Chain entries={chain.value} />}
    </section>
  );
}

function Data({ bill, session }: { bill: BillJson; session: Session }) {
  const t = useT();
  const opened = useAsync(async (): Promise<Opened<BillContent>> => {
    const self = me(session);
    const reader = [bill.holder, bill.carrier, bill.consignee].includes(self) || session.roles.includes('regulator');
    if (!reader) return { problem: 'NOT_A_RECIPIENT' };
    const sealed = (await api.queryJson<SealedJson>('ebl', 'data', billRef(fromHex(bill.id)), session)).answer;
    return openAndDecode(sealed, session, decodeBillContent);
  }, [bill.id, bill.commitment, session]);
  if (opened.state === 'loading') return <Loading />;
  if (opened.state === 'failed') return <ErrorNote error={opened.error} />;
  return (
    <SealedView opened={opened.value}>
      {(d) => (
        <Facts
          rows={[
            ...opt(t('billReference'), d.reference && <span data-testid="bill-reference">{d.reference}</span>),
            ...opt(t('billCarrier'), d.carrier),
            ...opt(t('billShipper'), d.shipper),
            ...opt(t('billConsignee'), d.consignee),
            ...opt(t('billNotify'), d.notifyParties.join('; ')),
            [t('billVessel'), <span data-testid="bill-vessel">{d.vessel}</span>],
            [t('billPorts'), `${d.portOfLoading} → ${d.portOfDischarge}`],
            ...opt(t('billOnBoard'), d.shippedOnBoardDate),
            ...opt(t('creditGoods'), d.goods),
          ]}
        />
      )}
    </SealedView>
  );
}

/** A row only when there is something to show. */
function opt(label: string, value: preact.ComponentChildren): [string, preact.ComponentChildren][] {
  return value ? [[label, value]] : [];
}

const KINDS = new Set(['ISSUE', 'ENDORSE', 'ENDORSE_IN_BLANK', 'TRANSFER', 'MODULE_TRANSFER', 'SURRENDER_FOR_DELIVERY', 'SURRENDER_FOR_AMENDMENT', 'REISSUE', 'ACCOMPLISH', 'VOID']);

function Chain({ entries }: { entries: HolderEntryJson[] }) {
  const t = useT();
  return (
    <table data-testid="bill-chain">
      <caption class="visually-hidden">{t('billChain')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('billEntryKind')}</th>
          <th scope="col">{t('billEntryFrom')}</th>
          <th scope="col">{t('billEntryTo')}</th>
          <th scope="col">{t('billEntryHeight')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.seq} data-kind={e.kind}>
            <th scope="row">{e.seq}</th>
            <td>
              {KINDS.has(e.kind) ? t(`kind${e.kind}` as MessageKey) : e.kind}
              {e.module !== 'ebl' && ` (${e.module}${e.reason ? `: ${e.reason}` : ''})`}
            </td>
            <td>
              <Party account={e.from} />
            </td>
            <td>
              <Party account={e.to} />
            </td>
            <td>
              <a href={href.block(Number(e.height))}>{e.height}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
