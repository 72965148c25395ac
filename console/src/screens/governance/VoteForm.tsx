import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../actions/submit.ts';
import { toHex } from '../../chain/hex.ts';
import { useT, type MessageKey } from '../../i18n.ts';
import type { Session } from '../../session.ts';
import { cast, proposalRef, VOTES, type Ballot, type Vote } from '../../trade/governance.ts';
import { ProgressList } from '../ProgressList.tsx';
import type { Members } from './model.ts';

/**
 * The signed-in member's vote: its current ballot, and a choice of for, against or abstain (native
 * radio buttons in a fieldset: arrow keys move between them), signed here and followed to
 * finality. A later vote replaces the earlier one until the deadline. The module decides who may
 * vote; its refusal (governance.SUSPENDED, VOTING_CLOSED, ...) is shown with its code.
 */
export function VoteForm({ session, id, ballots, members, onFinal }: { session: Session; id: bigint; ballots: Ballot[]; members?: Members; onFinal: () => void }) {
  const t = useT();
  const me = toHex(session.accountId);
  const mine = ballots.find((b) => b.voter === me);
  const [choice, setChoice] = useState<Vote>();
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (!choice) return setInvalid(t('govChooseVote'));
    setInvalid(undefined);
    setSteps([]);
    setBusy(true);
    const last = await signAndSubmit(session, { module: 'governance', action: 'vote', body: cast(id, choice) }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') onFinal();
  }

  return (
    <section aria-labelledby="vote-title">
      <h2 id="vote-title">{t('govVoteTitle')}</h2>
      <p data-testid="my-vote" data-vote={mine?.vote ?? ''}>
        {mine ? t('govYourVote', { vote: t(`govVote_${mine.vote}` as MessageKey) }) : t('govNotVoted')} {t('govVoteChangeNote')}
      </p>
      {members && !members.eligible.has(me) && <p class="bad">{t('govNotEligible')}</p>}
      <form class="vote-form" aria-labelledby="vote-title" onSubmit={submit}>
        <fieldset>
          <legend>{t('govVoteLegend')}</legend>
          {VOTES.map((v) => (
            <label key={v} class="choice">
              <input type="radio" name="vote" value={v} checked={choice === v} onChange={() => setChoice(v)} data-testid={`vote-${v}`} />
              {t(`govVote_${v}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          {mine ? t('govChangeVoteButton') : t('govVoteButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="vote-progress" />
    </section>
  );
}

/** After the deadline anyone may close the vote: it tallies, records the decision and executes. */
export function CloseForm({ session, id, open, onFinal }: { session: Session; id: bigint; open: boolean; onFinal: () => void }) {
  const t = useT();
  const [steps, setSteps] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    setSteps([]);
    setBusy(true);
    const last = await signAndSubmit(session, { module: 'governance', action: 'close', body: proposalRef(id) }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') onFinal();
  }
  return (
    <section aria-labelledby="close-title">
      <h2 id="close-title">{t('govCloseTitle')}</h2>
      <p>{t('govCloseNote')}</p>
      {open && (
        <form aria-labelledby="close-title" onSubmit={submit}>
          <button type="submit" disabled={busy}>
            {t('govCloseButton')}
          </button>
        </form>
      )}
      <ProgressList steps={steps} testId="close-progress" />
    </section>
  );
}
