import { useT, type MessageKey } from '../../i18n.ts';
import { href } from '../../router.ts';
import { countBallots, outcomeOf, phaseOf, quorumNeeded, type Ballot, type Proposal, type RuleSet } from '../../trade/governance.ts';
import { formatTime } from '../../ui.tsx';
import { durationText, type Members } from './model.ts';
import { useContext } from 'preact/hooks';
import { LangContext } from '../../i18n.ts';

/** Which rule decides: consensus with its fallback majority, or reverse consensus. */
export function RuleText({ rules }: { rules: RuleSet }) {
  const t = useT();
  if (rules.procedure === 'REVERSE_CONSENSUS') return <>{t('govRuleReverse')}</>;
  if (rules.fallback === null) return <>{t('govRuleConsensusOnly')}</>;
  const { threshold, base } = rules.fallback;
  return (
    <>
      {t('govRuleConsensus', {
        threshold: `${threshold.num}/${threshold.den}`,
        base: t(base === 'CAST' ? 'govBaseCast' : 'govBaseElectorate'),
      })}
    </>
  );
}

/**
 * The count of an open proposal's ballots so far (eligible members only, as the module counts),
 * its quorum, and what it would decide if the vote closed now; for a closed one, the decision.
 */
export function TallyText({ proposal, ballots, members, testId }: { proposal: Proposal; ballots: Ballot[]; members?: Members; testId?: string }) {
  const t = useT();
  const d = proposal.decision;
  if (d) {
    return (
      <span data-testid={testId}>
        {t('govDecisionValue', {
          outcome: t(`govOutcome_${d.outcome}` as MessageKey),
          for: d.count.votesFor,
          against: d.count.against,
          abstain: d.count.abstain,
          electorate: d.count.electorate,
        })}
      </span>
    );
  }
  if (proposal.status !== 'OPEN' || !members) return null;
  const count = countBallots(ballots, members.eligible);
  const cast = count.votesFor + count.against + count.abstain;
  return (
    <span data-testid={testId}>
      <span data-testid={testId && `${testId}-count`}>
        {t('govTallyValue', { for: count.votesFor, against: count.against, abstain: count.abstain, electorate: count.electorate })}
      </span>
      {proposal.rules.procedure === 'CONSENSUS' && (
        <>
          <br />
          {t('govQuorum', { needed: quorumNeeded(proposal.rules.quorum, count.electorate), electorate: count.electorate, cast })}
        </>
      )}
      <br />
      <RuleText rules={proposal.rules} />
      <br />
      <strong>{t('govIfClosedNow', { outcome: t(`govOutcome_${outcomeOf(proposal.rules, count)}` as MessageKey) })}</strong>
    </span>
  );
}

/** Where the proposal is in its timetable, with dates and "closes in ...". */
export function Timetable({ proposal, now }: { proposal: Proposal; now?: number }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const date = (ms: string | number) => formatTime(Number(ms), lang);
  if (proposal.status === 'WITHDRAWN') return <>{t('govWithdrawn')}</>;
  if (proposal.decision) {
    return (
      <>
        {t('govClosedOn', { date: date(proposal.decision.closedAt), height: proposal.decision.closedHeight })}
      </>
    );
  }
  if (now === undefined) return <>{date(proposal.deadline)}</>;
  switch (phaseOf(proposal, now)) {
    case 'deliberation':
      return <>{t('govOpensIn', { date: date(proposal.opensAt), in: durationText(Number(proposal.opensAt) - now, t) })}</>;
    case 'voting':
      return <>{t('govClosesIn', { date: date(proposal.deadline), in: durationText(Number(proposal.deadline) - now, t) })}</>;
    default:
      return <>{t('govAwaitingClose', { date: date(proposal.deadline) })}</>;
  }
}

/** The status, with the phase of an open proposal and the execution record of an adopted one. */
export function StatusText({ proposal, now, testId }: { proposal: Proposal; now?: number; testId?: string }) {
  const t = useT();
  const phase = now === undefined ? undefined : phaseOf(proposal, now);
  const e = proposal.execution;
  return (
    <>
      <span data-testid={testId} data-status={proposal.status}>
        {t(`govStatus_${proposal.status}` as MessageKey)}
      </span>
      {proposal.status === 'OPEN' && phase && phase !== 'closed' && ` (${t(phase === 'awaiting-close' ? 'govPhase_awaiting' : (`govPhase_${phase}` as MessageKey))})`}
      {e && e.code.value !== 'OK' && (
        <>
          <br />
          <span class="bad">{t('govExecutionFailed', { height: e.height, code: e.code.value, message: e.message })}</span>
        </>
      )}
      {proposal.status === 'SCHEDULED' && (
        <>
          <br />
          {t('govScheduled', { height: proposal.executeAtHeight })}
        </>
      )}
    </>
  );
}

export function ProposalLink({ id }: { id: string }) {
  return <a href={href.proposal(BigInt(id))}>{id}</a>;
}
