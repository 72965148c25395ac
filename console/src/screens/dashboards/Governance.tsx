import { useT } from '../../i18n.ts';
import { href } from '../../router.ts';
import { useSession } from '../../session.ts';
import { ErrorNote, Loading } from '../../ui.tsx';
import { Concentration } from '../governance/Concentration.tsx';
import { TableForm } from '../governance/TableForm.tsx';
import { ProposalLink, StatusText, TallyText, Timetable } from '../governance/Tally.tsx';
import { loadMembers, loadProposals, memberName, summary, typeLabel, useChainNow, useGovernance, type Members } from '../governance/model.ts';

/**
 * The governance dashboard (#/governance): proposals newest first with their timetable and tally,
 * outcomes of closed ones, and the concentration of power. Proposals and ballots are public, so
 * it needs no sign-in; voting (on a proposal's own screen) does.
 */
export function GovernanceDashboard() {
  const t = useT();
  const session = useSession();
  return (
    <section aria-labelledby="governance-title" data-testid="governance-dashboard">
      <h1 id="governance-title">{t('navGovernance')}</h1>
      <p>
        {t('govIntro')}{' '}
        {!session && <a href={href.signIn()}>{t('govSignInToVote')}</a>}
      </p>
      <Proposals />
      <Concentration />
    </section>
  );
}

function Proposals() {
  const t = useT();
  const session = useSession();
  const now = useChainNow();
  const members = useGovernance(loadMembers, []);
  const proposals = useGovernance(() => loadProposals(), []);
  return (
    <section aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('govProposals')}</h2>
      {proposals.error !== undefined && <ErrorNote error={proposals.error} />}
      {proposals.value === undefined ? (
        proposals.error === undefined && <Loading />
      ) : proposals.value.length === 0 ? (
        <p>{t('govNoProposals')}</p>
      ) : (
        <table data-testid="proposals">
          <caption>{t('govProposalsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('govColId')}</th>
              <th scope="col">{t('govColType')}</th>
              <th scope="col">{t('govColTitle')}</th>
              <th scope="col">{t('govColAuthor')}</th>
              <th scope="col">{t('govColStatus')}</th>
              <th scope="col">{t('govColTimetable')}</th>
              <th scope="col">{t('govColTally')}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.value.map(({ proposal, type, ballots }) => (
              <Row key={proposal.id} {...{ proposal, type, ballots, now }} members={members.value} />
            ))}
          </tbody>
        </table>
      )}
      {session && <TableForm session={session} onFinal={proposals.reload} />}
    </section>
  );
}

function Row({ proposal, type, ballots, now, members }: Parameters<typeof TallyText>[0] & { type: Parameters<typeof typeLabel>[0]; now?: number; members?: Members }) {
  const t = useT();
  return (
    <tr data-testid={`proposal-${proposal.id}`}>
      <th scope="row">
        <ProposalLink id={proposal.id} />
      </th>
      <td>{typeLabel(type, t)}</td>
      <td>{summary(type, proposal.measure, members, t)}</td>
      <td>{memberName(proposal.author, members)}</td>
      <td>
        <StatusText proposal={proposal} now={now} testId={`proposal-${proposal.id}-status`} />
      </td>
      <td>
        <Timetable proposal={proposal} now={now} />
      </td>
      <td>
        <TallyText proposal={proposal} ballots={ballots} members={members} testId={`proposal-${proposal.id}-tally`} />
      </td>
    </tr>
  );
}
