import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../../actions/submit.ts';
import { useT, type MessageKey } from '../../i18n.ts';
import { subscribeEvents } from '../../live/events.ts';
import { href } from '../../router.ts';
import type { BillStatus } from '../../trade/ebl.ts';
import type { CreditState } from '../../trade/lc.ts';
import { Hex, useAsync } from '../../ui.tsx';
import { ProgressList } from '../ProgressList.tsx';
import { money, partyName, type Opened } from './load.ts';

/** Pieces the credit and bill screens share. */

/** A counter that rises when the module commits an event (and when `bump` is called). */
export function useRefresh(module: 'lc' | 'ebl'): [number, () => void] {
  const [n, setN] = useState(0);
  useEffect(() => subscribeEvents({ kinds: ['event'], module }, () => setN((x) => x + 1)), [module]);
  return [n, () => setN((x) => x + 1)];
}

/** An account as a member's name (or a bank's customer), with its id for copying. */
export function Party({ account }: { account: string }) {
  const t = useT();
  const who = useAsync(() => partyName(account), [account]);
  const label = who.state === 'done' ? (who.value.name ?? (who.value.customerOf ? t('customerOf', { bank: who.value.customerOf }) : undefined)) : undefined;
  return (
    <span class="party">
      {label && <span data-testid="party-name">{label} </span>}
      <a href={href.account(account)}>
        <Hex value={account} short />
      </a>
    </span>
  );
}

export function Money({ currency, minor }: { currency: string; minor: string }) {
  const text = useAsync(() => money(currency, minor), [currency, minor]);
  return <span class="amount">{text.state === 'done' ? text.value : `${minor} (${currency})`}</span>;
}

export function CreditStateText({ state }: { state: CreditState }) {
  const t = useT();
  return <span data-state={state}>{t(`state${state}` as MessageKey)}</span>;
}

export function BillStatusText({ status }: { status: BillStatus }) {
  const t = useT();
  return <span data-status={status}>{t(`status${status}` as MessageKey)}</span>;
}

/** Why sealed content is not shown, or the content. */
export function SealedView<T>({ opened, children }: { opened: Opened<T> | undefined; children: (v: T) => preact.ComponentChildren }) {
  const t = useT();
  if (!opened) return null;
  if ('value' in opened) return <>{children(opened.value)}</>;
  const text =
    opened.problem === 'NO_ENCRYPTION_KEY'
      ? t('sealedNoKey')
      : opened.problem === 'NOT_A_RECIPIENT'
        ? t('sealedNotParty')
        : t('sealedUnreadable', { detail: opened.detail ?? '' });
  return (
    <p class="note" data-testid="sealed-problem" data-problem={opened.problem}>
      {text}
    </p>
  );
}

export function ActionProgress({ steps, testId }: { steps: Progress[]; testId: string }) {
  return <ProgressList steps={steps} testId={testId} />;
}
