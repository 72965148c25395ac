import type { Progress } from '../actions/submit.ts';
import { useT } from '../i18n.ts';
import { href } from '../router.ts';
import { Hex } from '../ui.tsx';

/** The steps of an action from the browser, announced as they happen. */
export function ProgressList({ steps, invalid, testId }: { steps: Progress[]; invalid?: string; testId?: string }) {
  const t = useT();
  return (
    <div aria-live="polite" data-testid={testId}>
      {invalid && (
        <p class="error" role="alert">
          {invalid}
        </p>
      )}
      <ol class="progress">
        {steps.map((p, i) => (
          <li key={i} data-step={p.step} class={p.step === 'failed' ? 'bad' : p.step === 'committed' ? 'ok' : undefined}>
            {p.step === 'signed' && (
              <>
                {t('progressSigned', { id: '' })}
                <a href={href.tx(p.id)}>
                  <Hex value={p.id} short />
                </a>
              </>
            )}
            {p.step === 'submitted' && t('progressSubmitted')}
            {p.step === 'committed' && t('progressCommitted', { height: p.tx.height ?? '?', code: p.tx.result?.code ?? '' })}
            {p.step === 'failed' && t('progressFailed', { code: p.code, message: p.message })}
          </li>
        ))}
      </ol>
    </div>
  );
}
