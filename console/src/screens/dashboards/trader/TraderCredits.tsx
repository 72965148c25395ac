import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import type { CreditJson } from '../../../trade/lc.ts';
import { ErrorNote, Loading, useAsync } from '../../../ui.tsx';
import { me, myCredits } from '../../credits/load.ts';
import { useRefresh } from '../../credits/parts.tsx';
import { CreditTable, creditColumns } from '../../credits/tables.tsx';
import type { Column } from '../../DataTable.tsx';

/**
 * A trader's letters of credit, as applicant or beneficiary (lc/by-party), and the credits advised
 * to it on which it has documents to present.
 */
export function TraderCredits({ session }: { session: Session }) {
  const t = useT();
  const [refresh] = useRefresh('lc');
  const credits = useAsync(() => myCredits(session), [session, refresh]);
  const self = me(session);
  if (credits.state === 'loading') return <Loading />;
  if (credits.state === 'failed') return <ErrorNote error={credits.error} />;
  const mine = credits.value.filter((c) => c.applicant === self || c.terms.beneficiary === self);
  const toPresent = mine.filter((c) => c.state === 'ADVISED' && c.terms.beneficiary === self);
  const columns: Column<CreditJson>[] = [
    { head: 'creditRole', cell: (c) => (c.applicant === self ? t('roleApplicant') : t('roleBeneficiary')) },
    creditColumns.state,
    creditColumns.maxAmount,
    creditColumns.expiry,
    creditColumns.issuingBank,
  ];
  return (
    <section aria-labelledby="trader-credits-title" data-testid="trader-credits">
      <h2 id="trader-credits-title">{t('creditsMine')}</h2>
      <CreditTable credits={mine} caption={t('creditsMine')} testId="my-credits" columns={columns} />
      <h3>{t('creditsToPresent')}</h3>
      {toPresent.length > 0 && <p class="note">{t('creditsToPresentNote')}</p>}
      <CreditTable credits={toPresent} caption={t('creditsToPresent')} testId="credits-to-present" columns={columns} />
    </section>
  );
}
