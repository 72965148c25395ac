import { useState } from 'preact/hooks';
import { toHex } from '../../chain/hex.ts';
import type { PaymentJson } from '../../trade/payments.ts';
import { Hex, formatTime, useAsync } from '../../ui.tsx';
import { href } from '../../router.ts';
import { DataTable, type Column } from '../DataTable.tsx';
import { PAGE, Pager, PaymentStatus, listNewest, money, namesOf, unitsOf, type Listed } from './shared.tsx';

/**
 * The payments dashboards' paged listings: one page of an account's listing read with its
 * records, the members' names and the currencies' decimal places they show, and the table with
 * its pager.
 */

/** One listed id with its record. */
export type Item<T> = Listed<T>['items'][number];

/**
 * The page of `account`'s `listing` (newest first; the pager moves `from`), each id read with
 * `recordQuery`, with the names of the accounts and the units of the codes the records name. Read
 * again when `version` changes.
 */
export function useListing<T>(
  listing: string,
  recordQuery: string,
  account: Uint8Array,
  version: number,
  accountsOf: (record: T) => string[],
  codesOf: (record: T) => string[],
) {
  const [from, setFrom] = useState<bigint>();
  const data = useAsync(async () => {
    const listed = await listNewest<T>(listing, recordQuery, account, from, PAGE);
    const records = listed.items.map((i) => i.record);
    const [names, units] = await Promise.all([namesOf(records.flatMap((r) => accountsOf(r))), unitsOf(records.flatMap((r) => codesOf(r)))]);
    return { listed, names, units };
  }, [toHex(account), from, version]);
  return { data, setFrom };
}

/** The account's cross-border payments (payments/by-account): as payer or payee, debtor or creditor agent. */
export function usePaymentListing(account: Uint8Array, version: number) {
  return useListing<PaymentJson>(
    'by-account',
    'payment',
    account,
    version,
    (p) => [p.debtorAgent, p.creditorAgent],
    (p) => [p.instructedCurrency, p.settlementCurrency],
  );
}

/**
 * A listing's page as a table (rows `<rowTestId>-<id>`), or `none` when it is empty, and the
 * pager under it, labelled with the caption.
 */
export function ListingTable<R extends { id: string }>({
  listed,
  rows,
  onFrom,
  caption,
  none,
  testId,
  rowTestId,
  columns,
}: {
  listed: Listed<unknown>;
  rows: R[];
  onFrom: (from: bigint | undefined) => void;
  caption: string;
  none: string;
  testId: string;
  rowTestId: string;
  columns: Column<R>[];
}) {
  return (
    <>
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <div class="table-wrap">
          <DataTable testId={testId} caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} rowAttrs={(r) => ({ 'data-testid': `${rowTestId}-${r.id}` })} />
        </div>
      )}
      <Pager listed={listed} onFrom={onFrom} label={caption} />
    </>
  );
}

/** The columns a payment shows on every dashboard, in the settlement's currency and the reader's language. */
export function paymentColumns(units: Map<string, number>, lang: string) {
  return {
    id: {
      head: 'payColPayment',
      cell: ({ id }) => (
        <a href={href.payment(id)}>
          <Hex value={id} short />
        </a>
      ),
    },
    endToEnd: { head: 'payColEndToEnd', cell: ({ record: p }) => p.endToEndId },
    settlement: {
      head: 'payColSettlement',
      cell: ({ record: p }) => money(p.settlementAmount, p.settlementCurrency, units),
      testId: ({ id }) => `payment-settlement-${id}`,
    },
    settledAt: { head: 'payColSettledAt', cell: ({ record: p }) => formatTime(Number(p.settledAtMillis), lang) },
    status: { head: 'payColStatus', cell: ({ record: p }) => <PaymentStatus status={p.status} />, testId: ({ id }) => `payment-status-${id}` },
  } satisfies Record<string, Column<Item<PaymentJson>>>;
}
