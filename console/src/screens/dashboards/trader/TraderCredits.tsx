import { useT } from '../../../i18n.ts';
import { href } from '../../../router.ts';
import type { Session } from '../../../session.ts';
import type { CreditJson } from '../../../trade/lc.ts';
import { ErrorNote, Hex, Loading, useAsync } from '../../../ui.tsx';
import { me, myCredits } from '../../credits/load.ts';
import { CreditStateText, Money, Party, useRefresh } from '../../credits/parts.tsx';

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
  return (
    <section aria-labelledby="trader-credits-title" data-testid="trader-credits">
      <h2 id="trader-credits-title">{t('creditsMine')}</h2>
      <Table credits={mine} self={self} caption={t('creditsMine')} testId="my-credits" />
      <h3>{t('creditsToPresent')}</h3>
      {toPresent.length > 0 && <p class="note">{t('creditsToPresentNote')}</p>}
      <Table credits={toPresent} self={self} caption={t('creditsToPresent')} testId="credits-to-present" />
    </section>
  );
}

function Table({ credits, self, caption, testId }: { credits: CreditJson[]; self: string; caption: string; testId: string }) {
  const t = useT();
  if (credits.length === 0) {
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
          <th scope="col">{t('creditId')}</th>
          <th scope="col">{t('creditRole')}</th>
          <th scope="col">{t('creditState')}</th>
          <th scope="col">{t('creditMaxAmount')}</th>
          <th scope="col">{t('creditExpiry')}</th>
          <th scope="col">{t('creditIssuingBank')}</th>
        </tr>
      </thead>
      <tbody>
        {credits.map((c) => (
          <tr key={c.id} data-testid={`credit-${c.id}`} data-state={c.state}>
            <th scope="row">
              <a href={href.credit(c.id)}>
                <Hex value={c.id} short />
              </a>
            </th>
            <td>{c.applicant === self ? t('roleApplicant') : t('roleBeneficiary')}</td>
            <td>
              <CreditStateText state={c.state} />
            </td>
            <td>
              <Money currency={c.terms.currency} minor={c.terms.maxAmount} />
            </td>
            <td>{c.terms.expiryDate}</td>
            <td>
              <Party account={c.terms.issuingBank} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
