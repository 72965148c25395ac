import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../../actions/submit.ts';
import { fromHex } from '../../../chain/hex.ts';
import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { accountTarget } from '../../../trade/identity.ts';
import { ProgressList } from '../../ProgressList.tsx';

/**
 * identity/freeze and unfreeze (AccountTarget), signed in the browser and followed to finality.
 * The runtime refuses them from anyone without the regulator role (Action.restricted), and the
 * module refuses freezing a frozen account (identity.ALREADY_FROZEN) or the reverse.
 */
export function FreezeForm({ session }: { session: Session }) {
  const t = useT();
  const [account, setAccount] = useState('');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(action: 'freeze' | 'unfreeze') {
    const hex = account.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex)) return setInvalid(t('invalidAccount'));
    setInvalid(undefined);
    setSteps([]);
    setBusy(true);
    try {
      await signAndSubmit(session, { module: 'identity', action, body: accountTarget(fromHex(hex)) }, (p) => setSteps((s) => [...s, p]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h2 id="freeze-title">{t('freezeTitle')}</h2>
      <form class="form" aria-labelledby="freeze-title" onSubmit={(e) => (e.preventDefault(), void run('freeze'))}>
        <label for="freeze-account">{t('freezeAccount')}</label>
        <input id="freeze-account" class="mono" required spellcheck={false} autocomplete="off" value={account} onInput={(e) => setAccount((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          {t('freezeButton')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('unfreeze')}>
          {t('unfreezeButton')}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId="freeze-progress" />
    </>
  );
}
