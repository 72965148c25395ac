import type { ComponentChildren } from 'preact';
import { useContext, useRef } from 'preact/hooks';
import { LangContext, useT, type MessageKey } from '../../i18n.ts';
import { href } from '../../router.ts';
import { useSession } from '../../session.ts';
import { phaseOf, type Ballot } from '../../trade/governance.ts';
import { ErrorNote, Facts, formatTime, Hex, Loading } from '../../ui.tsx';
import { loadBallots, loadMembers, loadProposal, memberName, summary, typeLabel, useChainNow, useGovernance, type LoadedProposal, type Members } from '../governance/model.ts';
import { RuleText, StatusText, TallyText, Timetable } from '../governance/Tally.tsx';
import { CloseForm, VoteForm } from '../governance/VoteForm.tsx';

/**
 * One governance proposal (#/governance/proposals/<n>): the full measure and text, its timetable,
 * rules, tally or decision and execution, the public ballots with the transactions that cast them,
 * and, for a signed-in member, the vote (before the deadline) or the close (after it).
 */
export function ProposalDetail({ id }: { id: number }) {
  const t = useT();
  const session = useSession();
  const now = useChainNow();
  const ref = BigInt(id);
  // Once the close form was shown it stays, so that its progress (final, or the refusal) remains
  // in view after the proposal it closed is no longer open.
  const closeShown = useRef(false);
  const data = useGovernance(async () => {
    const [loaded, ballots, members] = await Promise.all([loadProposal(ref), loadBallots(ref), loadMembers()]);
    return { loaded, ballots, members };
  }, [id]);
  if (data.value === undefined) {
    return data.error !== undefined ? <ErrorNote error={data.error} /> : <Loading />;
  }
  const { loaded, ballots, members } = data.value;
  const { proposal } = loaded;
  const phase = now === undefined ? undefined : phaseOf(proposal, now);
  const canClose = proposal.status === 'OPEN' && phase === 'awaiting-close';
  closeShown.current ||= canClose;
  return (
    <section aria-labelledby="proposal-title" data-testid="proposal-detail">
      <p>
        <a href={href.governance()}>{t('govBack')}</a>
      </p>
      <h1 id="proposal-title">{t('govProposalTitle', { id: proposal.id })}</h1>
      {data.error !== undefined && <ErrorNote error={data.error} />}
      <Overview loaded={loaded} ballots={ballots} members={members} now={now} />
      <Measure loaded={loaded} members={members} />
      <Ballots ballots={ballots} members={members} />
      {session && proposal.status === 'OPEN' && (phase === 'voting' || phase === 'deliberation') && (
        <VoteForm session={session} id={ref} ballots={ballots} members={members} onFinal={data.reload} />
      )}
      {session && closeShown.current && <CloseForm session={session} id={ref} open={canClose} onFinal={data.reload} />}
      {!session && proposal.status === 'OPEN' && (
        <p>
          <a href={href.signIn()}>{t('govSignInToVote')}</a>
        </p>
      )}
    </section>
  );
}

function Overview({ loaded, ballots, members, now }: { loaded: LoadedProposal; ballots: Ballot[]; members: Members; now?: number }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const { proposal, type } = loaded;
  const date = (ms: string) => formatTime(Number(ms), lang);
  const e = proposal.execution;
  const rows: [string, ComponentChildren][] = [
    [t('govType'), typeLabel(type, t)],
    [t('govAuthor'), <a href={href.account(proposal.author)}>{memberName(proposal.author, members)}</a>],
    [t('govStatus'), <StatusText proposal={proposal} now={now} testId="proposal-status" />],
    [t('govTabled'), `${date(proposal.tabledAt)} (#${proposal.tabledHeight})`],
    [t('govOpens'), date(proposal.opensAt)],
    [t('govDeadline'), <Timetable proposal={proposal} now={now} />],
    [t('govRules'), <RuleText rules={proposal.rules} />],
    [proposal.decision ? t('govDecision') : t('govTally'), <TallyText proposal={proposal} ballots={ballots} members={members} testId="proposal-tally" />],
  ];
  if (e) {
    rows.push([
      t('govExecution'),
      <span data-testid="proposal-execution" class={e.code.value === 'OK' ? 'ok' : 'bad'}>
        {e.code.value === 'OK' ? t('govExecuted', { height: e.height }) : t('govExecutionFailed', { height: e.height, code: e.code.value, message: e.message })}
      </span>,
    ]);
  }
  return <Facts rows={rows} />;
}

function Measure({ loaded, members }: { loaded: LoadedProposal; members: Members }) {
  const t = useT();
  const { proposal, type } = loaded;
  const m = proposal.measure;
  const isText = typeof m.content === 'string';
  return (
    <section aria-labelledby="measure-title">
      <h2 id="measure-title">{t('govMeasure')}</h2>
      <p data-testid="proposal-summary">{summary(type, m, members, t)}</p>
      {isText ? (
        <>
          <Facts rows={[[t('govReference'), String(m.reference)]]} />
          <h3 id="text-title">{t('govText')}</h3>
          <div class="proposal-text" aria-labelledby="text-title" data-testid="proposal-text">
            {String(m.content)}
          </div>
        </>
      ) : (
        <pre class="measure mono">{JSON.stringify(m, null, 2)}</pre>
      )}
    </section>
  );
}

function Ballots({ ballots, members }: { ballots: Ballot[]; members: Members }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  return (
    <section aria-labelledby="ballots-title">
      <h2 id="ballots-title">{t('govBallots')}</h2>
      {ballots.length === 0 ? (
        <p data-testid="no-ballots">{t('govNoBallots')}</p>
      ) : (
        <table data-testid="ballots">
          <caption>{t('govBallotsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('govColMember')}</th>
              <th scope="col">{t('govColVote')}</th>
              <th scope="col">{t('govColCast')}</th>
              <th scope="col">{t('govColTx')}</th>
              <th scope="col" class="num">
                {t('govColChanges')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ballots.map((b) => {
              const name = memberName(b.voter, members);
              return (
                <tr key={b.voter} data-testid={`ballot-${name}`} data-vote={b.vote}>
                  <th scope="row">
                    <a href={href.account(b.voter)}>{name}</a>
                  </th>
                  <td>
                    {t(`govVote_${b.vote}` as MessageKey)}
                    {!members.eligible.has(b.voter) && ` (${t('govNotCounted')})`}
                  </td>
                  <td>
                    {formatTime(Number(b.castAt), lang)} (<a href={href.block(Number(b.height))}>#{b.height}</a>)
                  </td>
                  <td>
                    <a href={href.tx(b.txId)} data-testid="ballot-tx">
                      <Hex value={b.txId} short />
                    </a>
                  </td>
                  <td class="num">{b.changes}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
