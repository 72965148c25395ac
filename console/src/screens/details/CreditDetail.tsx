import { useContext } from 'preact/hooks';
import { api, type Transaction } from '../../api.ts';
import { fromHex } from '../../chain/hex.ts';
import { LangContext, useT } from '../../i18n.ts';
import { href } from '../../router.ts';
import { useSession, type Session } from '../../session.ts';
import { ARTICLES, creditPage, decodeLcTermsHead, MAX_PAGE, type CreditJson, type IdPageJson, type LcTermsHead } from '../../trade/lc.ts';
import { ErrorNote, Facts, formatTime, Hex, Loading, useAsync } from '../../ui.tsx';
import { credit as loadCredit, me, openAndDecode, type Opened } from '../credits/load.ts';
import { CreditStateText, Money, Party, SealedView, useRefresh } from '../credits/parts.tsx';

/**
 * One letter of credit (#/credits/<id>): its parties, state and history, amounts, the terms
 * decrypted in the tab for a party that signed in with its encryption key, and the presentation
 * with the refusal notice's UCP 600 articles. The credit is a confidential query, so this screen
 * needs a signed-in account.
 */
export function CreditDetail({ id }: { id: string }) {
  const t = useT();
  const session = useSession();
  return (
    <section aria-labelledby="credit-title" data-testid="credit-detail">
      <h1 id="credit-title">
        {t('creditId')} <Hex value={id} short />
      </h1>
      {session ? (
        <Loaded id={id} session={session} />
      ) : (
        <p>
          <a href={href.signIn()}>{t('mustSignIn')}</a>
        </p>
      )}
    </section>
  );
}

interface Step {
  tx: Transaction;
  types: string[];
}

/** The transactions of lc/trail with the lc events of their receipts, oldest first. */
async function trail(id: string): Promise<Step[]> {
  const page = await api.queryJson<IdPageJson>('lc', 'trail', creditPage(fromHex(id), 0n, MAX_PAGE));
  const txs = await Promise.all(page.answer.ids.map((tx) => api.transaction(tx)));
  return txs.map((tx) => ({ tx, types: (tx.events ?? []).filter((e) => e.module === 'lc' && e.attributes.credit === id).map((e) => e.type) }));
}

function Loaded({ id, session }: { id: string; session: Session }) {
  const t = useT();
  const [refresh] = useRefresh('lc');
  const credit = useAsync(() => loadCredit(id, session), [id, session, refresh]);
  const history = useAsync(() => trail(id), [id, refresh]);
  const terms = useAsync(async (): Promise<Opened<LcTermsHead> | undefined> => {
    if (credit.state !== 'done') return undefined;
    const c = credit.value;
    const party = [c.applicant, c.terms.beneficiary, c.terms.issuingBank, c.terms.advisingBank].includes(me(session));
    // A mandated regulator is a recipient too, so it may try; anyone else is told at once.
    if (!party && !session.roles.includes('regulator')) return { problem: 'NOT_A_RECIPIENT' };
    return openAndDecode(c.terms.terms, session, decodeLcTermsHead);
  }, [credit.state, session]);
  if (credit.state === 'loading') return <Loading />;
  if (credit.state === 'failed') return <ErrorNote error={credit.error} />;
  const c = credit.value;
  return (
    <>
      <Facts
        rows={[
          [t('creditState'), <strong data-testid="credit-state" data-state={c.state}><CreditStateText state={c.state} /></strong>],
          [t('creditApplicant'), <Party account={c.applicant} />],
          [t('creditBeneficiary'), <Party account={c.terms.beneficiary} />],
          [t('creditIssuingBank'), <Party account={c.terms.issuingBank} />],
          [t('creditAdvisingBank'), <Party account={c.terms.advisingBank} />],
          [t('creditMaxAmount'), <Money currency={c.terms.currency} minor={c.terms.maxAmount} />],
          [t('creditExpiry'), c.terms.expiryDate],
          [t('creditConfirmed'), c.confirmed ? '✓' : '—'],
        ]}
      />
      {c.amendment && (
        <p>
          {t('creditAmendmentPending', { amount: c.amendment.maxAmount, expiry: c.amendment.expiryDate })}
        </p>
      )}
      <h2>{t('creditTerms')}</h2>
      <div data-testid="credit-terms">
        {terms.state === 'done' && <SealedView opened={terms.value}>{(v) => <Terms terms={v} />}</SealedView>}
      </div>
      {c.presentation && <PresentationView credit={c} />}
      <h2>{t('creditHistory')}</h2>
      <p class="note">{t('creditHistoryNote')}</p>
      {history.state === 'loading' && <Loading />}
      {history.state === 'failed' && <ErrorNote error={history.error} />}
      {history.state === 'done' && <History steps={history.value} />}
    </>
  );
}

function Terms({ terms }: { terms: LcTermsHead }) {
  const t = useT();
  return (
    <Facts
      rows={[
        [t('creditApplicant'), terms.applicantName],
        [t('creditBeneficiary'), terms.beneficiaryName],
        [t('creditMaxAmount'), <Money currency={terms.currency} minor={String(terms.amount)} />],
        [t('creditTolerance'), `+${terms.tolerancePlus}% / -${terms.toleranceMinus}%`],
        [t('creditGoods'), <span data-testid="terms-goods">{terms.goods}</span>],
        [t('creditQuantity'), `${terms.quantity} ${terms.unit}`],
        [t('creditIncoterm'), terms.incoterm],
        [t('creditPorts'), `${terms.portOfLoading} → ${terms.portOfDischarge}`],
        [t('creditLatestShipment'), terms.latestShipmentDate],
        [t('creditExpiry'), terms.expiryDate],
        [t('creditExpiryPlace'), terms.expiryPlace],
      ]}
    />
  );
}

function PresentationView({ credit }: { credit: CreditJson }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const p = credit.presentation!;
  return (
    <>
      <h2>{t('creditPresentation')}</h2>
      <Facts
        rows={[
          [t('creditDrawn'), <Money currency={credit.terms.currency} minor={p.amount} />],
          [t('creditPresenter'), <Party account={p.presenter} />],
          [t('creditPresentedAt'), formatTime(Number(p.presentedAtMillis), lang)],
          [t('creditDecideBy'), p.decisionDeadline],
          [
            t('creditBill'),
            <a href={href.bill(p.bill)}>
              <Hex value={p.bill} short />
            </a>,
          ],
        ]}
      />
      <h3>{t('creditDiscrepancies')}</h3>
      {p.discrepancies.length === 0 ? (
        <p class="note">{t('creditNoDiscrepancies')}</p>
      ) : (
        <ul data-testid="discrepancies">
          {p.discrepancies.map((d) => (
            <li key={d.article + d.field}>
              <strong>{ARTICLES[d.article] ?? d.article}</strong> {d.field}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function History({ steps }: { steps: Step[] }) {
  const t = useT();
  return (
    <table data-testid="credit-history">
      <caption class="visually-hidden">{t('creditHistory')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('billEntryHeight')}</th>
          <th scope="col">{t('billEntryKind')}</th>
          <th scope="col">{t('creditTransaction')}</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.tx.id} data-event={s.types.join(' ')}>
            <td>{s.tx.height !== undefined ? <a href={href.block(s.tx.height)}>{s.tx.height}</a> : '—'}</td>
            <td>{s.types.map((type) => `lc/${type}`).join(', ') || '—'}</td>
            <th scope="row">
              <a href={href.tx(s.tx.id)}>
                <Hex value={s.tx.id} short />
              </a>
            </th>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
