import { useState } from 'preact/hooks';
import { useAction } from '../../../actions/useAction.ts';
import { fromHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { advice, ARTICLES, creditRef, type CreditJson } from '../../../trade/lc.ts';
import { ErrorNote, Loading, useAsync } from '../../../ui.tsx';
import { me, myCredits } from '../../credits/load.ts';
import { ActionProgress, Money, useRefresh } from '../../credits/parts.tsx';
import { CreditTable, creditColumns } from '../../credits/tables.tsx';
import type { Column } from '../../DataTable.tsx';

/**
 * A commercial bank's letters of credit: those where it is the issuing or the advising
 * (nominated, confirming) bank, from lc/by-party, grouped by what the bank has to do: advise an
 * issued credit, examine and pay a presentation, and the rest with their state.
 */
export function BankCredits({ session }: { session: Session }) {
  const t = useT();
  const [refresh, bump] = useRefresh('lc');
  const credits = useAsync(() => myCredits(session), [session, refresh]);
  const action = useAction(session, bump);
  const bank = me(session);
  return (
    <section aria-labelledby="bank-credits-title" class="groups" data-testid="bank-credits">
      <h2 id="bank-credits-title">{t('creditsTitle')}</h2>
      <ActionProgress steps={action.steps} testId="credit-action-progress" />
      {credits.state === 'loading' && <Loading />}
      {credits.state === 'failed' && <ErrorNote error={credits.error} />}
      {credits.state === 'done' && <Groups credits={credits.value.filter((c) => c.terms.issuingBank === bank || c.terms.advisingBank === bank)} bank={bank} action={action} />}
    </section>
  );
}

type Action = ReturnType<typeof useAction>;

function Groups({ credits, bank, action }: { credits: CreditJson[]; bank: string; action: Action }) {
  const t = useT();
  const toAdvise = credits.filter((c) => c.state === 'ISSUED' && c.terms.advisingBank === bank);
  const presented = credits.filter((c) => ['PRESENTED', 'REFUSED', 'WAIVED'].includes(c.state));
  const others = credits.filter((c) => !toAdvise.includes(c) && !presented.includes(c));
  const columns: Column<CreditJson>[] = [
    creditColumns.state,
    { head: 'creditRole', cell: (c) => (c.terms.issuingBank === bank ? t('roleIssuing') : t('roleAdvising')) },
    creditColumns.applicant,
    creditColumns.beneficiary,
    creditColumns.maxAmount,
    creditColumns.expiry,
  ];
  const withAction = (cell: Column<CreditJson>['cell']) => [...columns, { head: 'creditPresentation', cell } satisfies Column<CreditJson>];
  return (
    <>
      <h3 id="to-advise-title">{t('creditsToAdvise')}</h3>
      <CreditTable caption={t('creditsToAdvise')} credits={toAdvise} testId="credits-to-advise" columns={withAction((c) => <Advise credit={c} action={action} />)} />
      <h3 id="to-examine-title">{t('creditsToExamine')}</h3>
      <CreditTable caption={t('creditsToExamine')} credits={presented} testId="credits-presented" columns={withAction((c) => <Presented credit={c} bank={bank} action={action} />)} />
      <h3 id="other-credits-title">{t('creditsOthers')}</h3>
      <CreditTable caption={t('creditsOthers')} credits={others} testId="credits-others" columns={columns} />
    </>
  );
}

function Advise({ credit, action }: { credit: CreditJson; action: Action }) {
  const t = useT();
  const [confirm, setConfirm] = useState(false);
  const id = `confirm-${credit.id}`;
  return (
    <div class="row-actions">
      <input id={id} type="checkbox" checked={confirm} onChange={(e) => setConfirm((e.target as HTMLInputElement).checked)} />
      <label for={id}>{t('adviseConfirm')}</label>
      <button type="button" disabled={action.busy} data-testid={`advise-${credit.id}`} onClick={() => action.run('lc', 'advise', advice(fromHex(credit.id), confirm))}>
        {t('adviseButton')}
      </button>
    </div>
  );
}

/**
 * The presentation as the chain records it: amount, deadline and the refusal notice's articles.
 * The examination itself runs on the documents, which the bank opens with its own tools
 * (DocumentExamination); the console shows its outcome once recorded.
 */
function Presented({ credit, bank, action }: { credit: CreditJson; bank: string; action: Action }) {
  const t = useT();
  const p = credit.presentation;
  const canHonour = credit.terms.issuingBank === bank && (credit.state === 'PRESENTED' || credit.state === 'WAIVED');
  return (
    <div class="row-actions">
      {p && (
        <span>
          <Money currency={credit.terms.currency} minor={p.amount} /> · {t('creditDecideBy')} {p.decisionDeadline}
          {p.discrepancies.length > 0 && ` · ${p.discrepancies.map((d) => `${ARTICLES[d.article] ?? d.article} ${d.field}`).join(', ')}`}
        </span>
      )}
      {canHonour && (
        <button type="button" disabled={action.busy} data-testid={`honour-${credit.id}`} onClick={() => action.run('lc', 'honour', creditRef(fromHex(credit.id)))}>
          {t('honourButton')}
        </button>
      )}
    </div>
  );
}
