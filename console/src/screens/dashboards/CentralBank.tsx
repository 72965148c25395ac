import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../actions/submit.ts';
import { api } from '../../api.ts';
import { fromHex } from '../../chain/hex.ts';
import { useT } from '../../i18n.ts';
import type { Session } from '../../session.ts';
import { currencyCode, decodeCurrencyInfo, issue, movement, parseAmount } from '../../trade/currency.ts';
import { ProgressList } from '../ProgressList.tsx';

/**
 * The central bank's tools: issue its currency, mint it to a commercial bank, burn it from a bank's
 * account (the runtime allows mint and burn only to the currency's issuer and only on a bank's
 * account, CurrencyModule.requireBank). Shown to members whose account has the central-bank role;
 * the runtime refuses these actions from anyone else anyway (Action.restricted), so hiding them
 * elsewhere is for clarity, not for security.
 */
export function CentralBankDashboard({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  return (
    <section aria-labelledby="central-bank-title" class="dashboard">
      <h2 id="central-bank-title">{t('centralBankTitle')}</h2>
      <ActionForm
        id="issue"
        title={t('issueTitle')}
        button={t('issueButton')}
        fields={[
          { name: 'code', label: t('currency'), maxLength: 3 },
          { name: 'minor', label: t('minorUnits'), type: 'number', min: 0, max: 8, initial: '2' },
        ]}
        build={async (v) => {
          const units = Number(v.minor);
          if (!Number.isInteger(units) || units < 0 || units > 8) return t('invalidMinorUnits');
          return { action: 'issue', body: issue(v.code, units) };
        }}
        session={session}
        onFinal={onFinal}
      />
      <MovementForm id="mint" action="mint" title={t('mintTitle')} account={t('mintRecipient')} button={t('mintButton')} session={session} onFinal={onFinal} />
      <MovementForm id="burn" action="burn" title={t('cbBurnTitle')} account={t('cbBurnFrom')} button={t('cbBurnButton')} session={session} onFinal={onFinal} />
    </section>
  );
}

/** Mint and burn share a body (Movement: currency, a bank's account, an amount). */
function MovementForm(p: { id: string; action: 'mint' | 'burn'; title: string; account: string; button: string; session: Session; onFinal: () => void }) {
  const t = useT();
  return (
    <ActionForm
      id={p.id}
      title={p.title}
      button={p.button}
      fields={[
        { name: 'code', label: t('currency'), maxLength: 3 },
        { name: 'account', label: p.account, mono: true },
        { name: 'amount', label: t('amount'), decimal: true },
      ]}
      build={async (v) => {
        const account = v.account.toLowerCase();
        if (!/^[0-9a-f]{64}$/.test(account)) return t('invalidRecipient');
        // The amount is typed in units of the currency: its minor units say where the point goes.
        const info = decodeCurrencyInfo((await api.query('currency', 'info', currencyCode(v.code))).response);
        const minor = parseAmount(v.amount, info.minorUnits);
        if (minor === undefined) return t('invalidAmount', { digits: info.minorUnits });
        return { action: p.action, body: movement(v.code, fromHex(account), minor) };
      }}
      session={p.session}
      onFinal={p.onFinal}
    />
  );
}

interface Field {
  name: string;
  label: string;
  type?: 'number';
  min?: number;
  max?: number;
  initial?: string;
  maxLength?: number;
  mono?: boolean;
  decimal?: boolean;
}

/**
 * One currency action as a form: labelled inputs, a sign-and-send button and the steps to
 * finality (`<id>-progress`). Every form has a `code` field, a three-letter currency code, checked
 * here; `build` checks the rest and answers the action and its body, or the text of what is wrong.
 */
function ActionForm(p: {
  id: string;
  title: string;
  button: string;
  fields: Field[];
  build: (values: Record<string, string>) => Promise<{ action: string; body: Uint8Array } | string>;
  session: Session;
  onFinal: () => void;
}) {
  const t = useT();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(p.fields.map((f) => [f.name, f.initial ?? ''])));
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const v = Object.fromEntries(Object.entries(values).map(([k, x]) => [k, x.trim()]));
    v.code = v.code.toUpperCase();
    if (!/^[A-Z]{3}$/.test(v.code)) return setInvalid(t('invalidCurrency'));
    setBusy(true);
    setSteps([]);
    try {
      const built = await p.build(v);
      if (typeof built === 'string') return setInvalid(built);
      setInvalid(undefined);
      const last = await signAndSubmit(p.session, { module: 'currency', ...built }, (s) => setSteps((all) => [...all, s]));
      if (last.step === 'committed') p.onFinal();
    } catch (err) {
      setInvalid(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const titleId = `${p.id}-title`;
  return (
    <>
      <h3 id={titleId}>{p.title}</h3>
      <form class="form" aria-labelledby={titleId} onSubmit={submit}>
        {p.fields.map((f) => {
          const id = `${p.id}-${f.name}`;
          return (
            <Fragment key={id}>
              <label for={id}>{f.label}</label>
              <input
                id={id}
                class={f.mono ? 'mono' : undefined}
                type={f.type}
                min={f.min}
                max={f.max}
                maxLength={f.maxLength}
                inputMode={f.decimal ? 'decimal' : undefined}
                spellcheck={f.mono ? false : undefined}
                autocomplete="off"
                required
                value={values[f.name]}
                onInput={(e) => setValues((all) => ({ ...all, [f.name]: (e.target as HTMLInputElement).value }))}
              />
            </Fragment>
          );
        })}
        <button type="submit" disabled={busy}>
          {p.button}
        </button>
      </form>
      <ProgressList steps={steps} invalid={invalid} testId={`${p.id}-progress`} />
    </>
  );
}
