import { href } from '../../router.ts';
import type { BillJson } from '../../trade/ebl.ts';
import type { CreditJson } from '../../trade/lc.ts';
import { useT } from '../../i18n.ts';
import { Hex } from '../../ui.tsx';
import { DataTable, type Column } from '../DataTable.tsx';
import { BillStatusText, CreditStateText, Money, Party } from './parts.tsx';

/**
 * The tables of credits and bills on the dashboards: each row headed by the record's id (linking
 * to its view) and carrying its state for the browser tests, the other columns chosen by the
 * screen from the definitions here (plus its own: the party's role, a row action).
 */

export const creditColumns = {
  state: { head: 'creditState', cell: (c) => <CreditStateText state={c.state} /> },
  applicant: { head: 'creditApplicant', cell: (c) => <Party account={c.applicant} /> },
  beneficiary: { head: 'creditBeneficiary', cell: (c) => <Party account={c.terms.beneficiary} /> },
  maxAmount: { head: 'creditMaxAmount', cell: (c) => <Money currency={c.terms.currency} minor={c.terms.maxAmount} /> },
  expiry: { head: 'creditExpiry', cell: (c) => c.terms.expiryDate },
  issuingBank: { head: 'creditIssuingBank', cell: (c) => <Party account={c.terms.issuingBank} /> },
} satisfies Record<string, Column<CreditJson>>;

export const billColumns = {
  status: { head: 'billStatus', cell: (b) => <BillStatusText status={b.status} /> },
  holder: { head: 'billHolder', cell: (b) => <Party account={b.holder} /> },
  shipper: { head: 'billShipper', cell: (b) => <Party account={b.shipper} /> },
  carrier: { head: 'billCarrier', cell: (b) => <Party account={b.carrier} /> },
  form: { head: 'billForm', cell: (b, t) => t(b.form === 'STRAIGHT' ? 'formSTRAIGHT' : 'formTO_ORDER') },
} satisfies Record<string, Column<BillJson>>;

const creditId: Column<CreditJson> = {
  head: 'creditId',
  cell: (c) => (
    <a href={href.credit(c.id)}>
      <Hex value={c.id} short />
    </a>
  ),
};

const billId: Column<BillJson> = {
  head: 'billId',
  cell: (b) => (
    <a href={href.bill(b.id)}>
      <Hex value={b.id} short />
    </a>
  ),
};

/** Credits as rows `credit-<id>` with their `data-state`, or a note that there are none. */
export function CreditTable({ credits, caption, testId, columns }: { credits: CreditJson[]; caption: string; testId: string; columns: Column<CreditJson>[] }) {
  return (
    <RecordTable
      rows={credits}
      caption={caption}
      testId={testId}
      columns={[creditId, ...columns]}
      rowAttrs={(c) => ({ 'data-testid': `credit-${c.id}`, 'data-state': c.state })}
    />
  );
}

/** Bills as rows `bill-<id>` with their `data-status`, or a note that there are none. */
export function BillTable({ bills, caption, testId, columns }: { bills: BillJson[]; caption: string; testId: string; columns: Column<BillJson>[] }) {
  return (
    <RecordTable
      rows={bills}
      caption={caption}
      testId={testId}
      columns={[billId, ...columns]}
      rowAttrs={(b) => ({ 'data-testid': `bill-${b.id}`, 'data-status': b.status })}
    />
  );
}

function RecordTable<T extends { id: string }>({
  rows,
  caption,
  testId,
  columns,
  rowAttrs,
}: {
  rows: T[];
  caption: string;
  testId: string;
  columns: Column<T>[];
  rowAttrs: (row: T) => Record<string, string>;
}) {
  const t = useT();
  if (rows.length === 0) {
    return (
      <p class="note" data-testid={testId}>
        {t('creditsNone')}
      </p>
    );
  }
  return <DataTable testId={testId} caption={caption} hiddenCaption columns={columns} rows={rows} rowKey={(r) => r.id} rowAttrs={rowAttrs} />;
}
