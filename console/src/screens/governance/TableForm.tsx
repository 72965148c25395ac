import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../actions/submit.ts';
import { useT } from '../../i18n.ts';
import { href } from '../../router.ts';
import type { Session } from '../../session.ts';
import { MAX_TEXT_BYTES, tableText, TEXT_REFERENCE, TEXT_TITLE, TEXT_TYPES, type TextType } from '../../trade/governance.ts';
import { ProgressList } from '../ProgressList.tsx';
import { typeLabel } from './model.ts';

const MINUTE = 60_000;

/**
 * Tables a text (a decision, trade rule, waiver, interpretation or panel report) from the browser:
 * governance/table signed here and followed to finality. The module checks who may table and the
 * periods (governance.NOT_ALLOWED_TO_TABLE, INVALID_PERIOD); the form checks the text's syntax
 * first so that a typo is explained before anything is signed.
 */
export function TableForm({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  const [type, setType] = useState<TextType>('adopt-decision');
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [deliberation, setDeliberation] = useState('0');
  const [voting, setVoting] = useState('10');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const minutes = (s: string) => (/^\d{1,6}$/.test(s.trim()) ? BigInt(s.trim()) * BigInt(MINUTE) : undefined);
    const d = minutes(deliberation);
    const v = minutes(voting);
    if (!TEXT_REFERENCE.test(reference.trim())) return setInvalid(t('govInvalidReference'));
    if (!TEXT_TITLE.test(title.trim())) return setInvalid(t('govInvalidTitle'));
    if (content.trim() === '' || new TextEncoder().encode(content).length > MAX_TEXT_BYTES) return setInvalid(t('govInvalidContent', { max: MAX_TEXT_BYTES }));
    if (d === undefined || v === undefined || v === 0n) return setInvalid(t('govInvalidPeriods'));
    setInvalid(undefined);
    setSteps([]);
    setBusy(true);
    const body = tableText({ type, reference: reference.trim(), title: title.trim(), content, deliberationMillis: d, votingMillis: v });
    const last = await signAndSubmit(session, { module: 'governance', action: 'table', body }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') onFinal();
  }

  const last = steps[steps.length - 1];
  const tabled = last?.step === 'committed' ? last.tx.events?.find((e) => e.module === 'governance' && e.type === 'proposal-tabled')?.attributes.proposal : undefined;
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('govTableTitle')}</h2>
      <form class="form" aria-labelledby="table-title" onSubmit={submit}>
        <label for="table-type">{t('govType')}</label>
        <select id="table-type" value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as TextType)}>
          {TEXT_TYPES.map((k) => (
            <option key={k} value={k}>
              {typeLabel(k, t)}
            </option>
          ))}
        </select>
        <label for="table-reference">{t('govReference')}</label>
        <input id="table-reference" required maxLength={64} autocomplete="off" value={reference} onInput={(e) => setReference((e.target as HTMLInputElement).value)} />
        <label for="table-title-input">{t('govTitleLabel')}</label>
        <input id="table-title-input" required maxLength={200} value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
        <label for="table-content">{t('govText')}</label>
        <textarea id="table-content" required rows={5} value={content} onInput={(e) => setContent((e.target as HTMLTextAreaElement).value)} />
        <label for="table-deliberation">{t('govDeliberationMinutes')}</label>
        <input id="table-deliberation" type="number" min={0} required value={deliberation} onInput={(e) => setDeliberation((e.target as HTMLInputElement).value)} />
        <label for="table-voting">{t('govVotingMinutes')}</label>
        <input id="table-voting" type="number" min={1} required value={voting} onInput={(e) => setVoting((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          {t('govTableButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="table-progress" />
      {tabled && (
        <p>
          <a href={href.proposal(BigInt(tabled))} data-testid="tabled-proposal">
            {t('govProposalTitle', { id: tabled })}
          </a>
        </p>
      )}
    </section>
  );
}
