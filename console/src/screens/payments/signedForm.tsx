import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../actions/submit.ts';
import type { Session } from '../../session.ts';

/** A labelled, required text input of a payments form. */
export function TextField({ id, label, value, onValue, ...extra }: { id: string; label: string; value: string; onValue: (v: string) => void } & Record<string, unknown>) {
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} required autocomplete="off" value={value} onInput={(e) => onValue((e.target as HTMLInputElement).value)} {...extra} />
    </>
  );
}

/**
 * The state of a form that signs one payments action: its steps to finality, the reason it was not
 * signed, and whether it is busy. `sign` builds the body (asynchronously: it may look up currencies)
 * or returns why it cannot, then signs, submits and follows it.
 */
export function useSignedForm(session: Session, onFinal: () => void) {
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function sign(action: string, build: () => Promise<Uint8Array | { invalid: string }>) {
    setBusy(true);
    setSteps([]);
    try {
      const body = await build();
      if (!(body instanceof Uint8Array)) return setInvalid(body.invalid);
      setInvalid(undefined);
      const last = await signAndSubmit(session, { module: 'payments', action, body }, (p) => setSteps((s) => [...s, p]));
      if (last.step === 'committed') onFinal();
    } catch (err) {
      setInvalid(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return { steps, invalid, setInvalid, busy, sign };
}

/** What a form's `build` returns when the input cannot be signed: the reason, shown to the user. */
export const invalidBecause = (reason: string) => ({ invalid: reason });
