import { useState } from 'preact/hooks';
import { api, ApiError } from '../../../api.ts';
import { fromHex, toHex } from '../../../chain/hex.ts';
import { openSealed, SealedError } from '../../../crypto/sealed.ts';
import { useT } from '../../../i18n.ts';
import type { Session } from '../../../session.ts';
import { billRef, creditRef, documentRef } from '../../../trade/regulator.ts';
import { ErrorNote, Hex } from '../../../ui.tsx';
import { preview, sealedParts, type SealedPart } from './sealedParts.ts';

type Kind = 'credit' | 'bill' | 'document';

type Opened = { part: SealedPart } & ({ content: Uint8Array } | { problem: SealedError['problem']; message: string });

/** Fetches the record's sealed parts with signed queries: the node serves them only to members. */
async function fetchParts(kind: Kind, id: Uint8Array, session: Session): Promise<{ height: number; parts: SealedPart[] }> {
  if (kind === 'credit') {
    const r = await api.queryJson('lc', 'credit', creditRef(id), session);
    return { height: r.height, parts: sealedParts(r.answer) };
  }
  if (kind === 'bill') {
    const r = await api.queryJson('ebl', 'data', billRef(id), session);
    return { height: r.height, parts: sealedParts(r.answer, 'data') };
  }
  // A document keeps one envelope per grant: read each.
  const doc = await api.queryJson<{ envelopes: number }>('documents', 'document', documentRef(id, 0));
  const parts: SealedPart[] = [];
  for (let i = 0; i < doc.answer.envelopes; i++) {
    const r = await api.queryJson('documents', 'sealed', documentRef(id, i), session);
    parts.push(...sealedParts(r.answer, `envelopes[${i}]`));
  }
  return { height: doc.height, parts };
}

async function tryOpen(part: SealedPart, session: Session): Promise<Opened> {
  try {
    return { part, content: await openSealed(part.sealed, session) };
  } catch (e) {
    if (e instanceof SealedError) return { part, problem: e.problem, message: e.message };
    return { part, problem: 'TAMPERED', message: String(e instanceof Error ? e.message : e) };
  }
}

/**
 * Opens a record by id as the regulator: the sealed content it carries is decrypted here, in the
 * tab, when the regulator's encryption key is a recipient (mandated regulators are sealed to by
 * the parties); otherwise it says so and shows nothing of it.
 */
export function OpenRecord({ session }: { session: Session }) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('credit');
  const [id, setId] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<{ height: number; opened: Opened[] }>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const hex = id.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex)) return setInvalid(t('invalidRecordId'));
    setInvalid(undefined);
    setError(undefined);
    setResult(undefined);
    setBusy(true);
    try {
      const { height, parts } = await fetchParts(kind, fromHex(hex), session);
      setResult({ height, opened: await Promise.all(parts.map((p) => tryOpen(p, session))) });
    } catch (err) {
      // The node sends no part of a record sealed only to others (403 NOT_A_RECIPIENT).
      setError(err instanceof ApiError && err.code === 'NOT_A_RECIPIENT' ? 'withheld' : err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h2 id="record-title">{t('recordTitle')}</h2>
      <form class="form" aria-labelledby="record-title" onSubmit={submit}>
        <label for="record-kind">{t('recordKind')}</label>
        <select id="record-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind)}>
          <option value="credit">{t('recordCredit')}</option>
          <option value="bill">{t('recordBill')}</option>
          <option value="document">{t('recordDocument')}</option>
        </select>
        <label for="record-id">{t('recordId')}</label>
        <input id="record-id" class="mono" required spellcheck={false} autocomplete="off" value={id} onInput={(e) => setId((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          {t('recordOpen')}
        </button>
      </form>
      <div aria-live="polite" data-testid="record-result">
        {invalid && (
          <p class="error" role="alert">
            {invalid}
          </p>
        )}
        {error === 'withheld' && (
          <p data-testid="record-withheld" role="status">
            {t('recordWithheld')}
          </p>
        )}
        {error !== undefined && error !== 'withheld' && <ErrorNote error={error} />}
        {result && <p>{t('recordAnswered', { height: result.height })}</p>}
        {result && result.opened.length === 0 && <p data-testid="no-sealed">{t('noSealedContent')}</p>}
        {result?.opened.map((o) => (
          <section key={o.part.path} class="sealed-part" data-testid="sealed-part" aria-label={t('sealedPart', { path: o.part.path })}>
            <h3>{t('sealedPart', { path: o.part.path })}</h3>
            {'content' in o ? (
              <dl class="facts">
                <div class="fact">
                  <dt>{t('sealedHex')}</dt>
                  <dd data-testid="sealed-hex">
                    <Hex value={toHex(o.content)} short={o.content.length > 64} />
                  </dd>
                </div>
                <div class="fact">
                  <dt>{t('sealedText')}</dt>
                  <dd data-testid="sealed-text" class="preview">
                    {preview(o.content)}
                  </dd>
                </div>
              </dl>
            ) : (
              <p data-testid="sealed-problem" data-problem={o.problem} class={o.problem === 'NOT_A_RECIPIENT' ? undefined : 'error'}>
                {o.problem === 'NOT_A_RECIPIENT' ? t('sealedNotRecipient') : o.problem === 'NO_ENCRYPTION_KEY' ? t('recordNoKey') : t('sealedFailed', { message: o.message })}
              </p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
