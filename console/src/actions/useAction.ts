import { useState } from 'preact/hooks';
import type { Session } from '../session.ts';
import { signAndSubmit, type Progress } from './submit.ts';

/**
 * An action from a screen's rows (advise, accomplish, accept...): each is signed here and followed
 * to finality, its steps kept by the section (not the row, which may move to another group or
 * page once the action is final); `onFinal` refreshes the screen when it is committed. `busy`
 * while one is under way, to disable the rows' buttons.
 */
export function useAction(session: Session, onFinal: () => void) {
  const [steps, setSteps] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  async function run(module: string, action: string, body: Uint8Array) {
    setSteps([]);
    setBusy(true);
    const last = await signAndSubmit(session, { module, action, body }, (p) => setSteps((s) => [...s, p]));
    setBusy(false);
    if (last.step === 'committed') onFinal();
  }
  return { steps, busy, run };
}
