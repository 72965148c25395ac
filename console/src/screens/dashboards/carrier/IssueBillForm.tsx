import { useEffect, useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../../../actions/submit.ts';
import { api, ApiError } from '../../../api.ts';
import { fromHex } from '../../../chain/hex.ts';
import { recipientKeys, recipientsRequest, sealContent, type RecipientKeysJson } from '../../../crypto/seal.ts';
import { useT, type MessageKey } from '../../../i18n.ts';
import { href } from '../../../router.ts';
import type { Session } from '../../../session.ts';
import { BillDataError, encodeBillData, issueBill, type BillDataInput, type BillForm } from '../../../trade/ebl.ts';
import { Hex } from '../../../ui.tsx';
import { me, partyName } from '../../credits/load.ts';
import { ProgressList } from '../../ProgressList.tsx';

/** The form's fields, all text as typed; `form` is the select. */
type Fields = Record<FieldName, string>;
type FieldName = (typeof FIELDS)[number][0];

const today = (plusDays = 0) => new Date(Date.now() + plusDays * 86_400_000).toISOString().slice(0, 10);

/** Field name, label, input attributes; in the order the form shows them. */
const FIELDS = [
  ['shipper', 'billIssueShipperAccount', { class: 'mono', spellcheck: false }],
  ['shipperName', 'billIssueShipperName', {}],
  ['shipperStreet', 'billIssueShipperStreet', { required: false }],
  ['shipperCity', 'billIssueShipperCity', { required: false }],
  ['shipperCountry', 'billIssueShipperCountry', { required: false, maxLength: 2 }],
  ['reference', 'billIssueReference', { maxLength: 20 }],
  ['carrierCode', 'billIssueCarrierCode', { maxLength: 4 }],
  ['carrierName', 'billIssueCarrierName', {}],
  ['carrierStreet', 'billIssueCarrierStreet', {}],
  ['carrierCity', 'billIssueCarrierCity', {}],
  ['carrierCountry', 'billIssueCarrierCountry', { maxLength: 2 }],
  ['vessel', 'billIssueVessel', {}],
  ['voyage', 'billIssueVoyage', {}],
  ['loadingCode', 'billIssueLoadingCode', { maxLength: 5 }],
  ['loadingName', 'billIssueLoadingName', {}],
  ['dischargeCode', 'billIssueDischargeCode', { maxLength: 5 }],
  ['dischargeName', 'billIssueDischargeName', {}],
  ['onBoard', 'billIssueOnBoard', { type: 'date' }],
  ['arrival', 'billIssueArrival', { type: 'date' }],
  ['issueDate', 'billIssueDate', { type: 'date' }],
  ['place', 'billIssuePlace', { maxLength: 5 }],
  ['goods', 'billIssueGoods', { textarea: true }],
  ['hsCode', 'billIssueHsCode', { inputMode: 'numeric', maxLength: 10 }],
  ['container', 'billIssueContainer', { maxLength: 11 }],
  ['containerType', 'billIssueContainerType', { maxLength: 4 }],
  ['seal', 'billIssueSeal', { maxLength: 15 }],
  ['packages', 'billIssuePackages', { inputMode: 'numeric' }],
  ['packaging', 'billIssuePackaging', {}],
  ['weight', 'billIssueWeight', { inputMode: 'decimal' }],
  ['contactName', 'billIssueContactName', {}],
  ['contactEmail', 'billIssueContactEmail', { type: 'email' }],
  ['terms', 'billIssueTerms', { textarea: true }],
] as const satisfies readonly (readonly [string, MessageKey, Record<string, unknown>])[];

function defaults(t: (k: MessageKey) => string): Fields {
  const f = Object.fromEntries(FIELDS.map(([name]) => [name, ''])) as Fields;
  return {
    ...f,
    onBoard: today(),
    arrival: today(14),
    issueDate: today(),
    containerType: '22G1',
    packaging: t('billIssueDefaultPackaging'),
    terms: t('billIssueDefaultTerms'),
  };
}

/** Kilograms with up to three decimals as grams, without floating point. */
export function grams(kg: string): bigint | undefined {
  const m = /^(\d{1,15})(?:\.(\d{1,3}))?$/.exec(kg.trim());
  if (!m) return undefined;
  const g = BigInt(m[1]) * 1000n + BigInt((m[2] ?? '').padEnd(3, '0'));
  return g > 0n ? g : undefined;
}

const ACCOUNT = /^[0-9a-f]{64}$/;

/**
 * ebl/issue from the browser: the carrier types the bill, the tab builds BillData, seals it to the
 * keys the `confidential/recipients` query names for the carrier, the shipper and a straight
 * bill's consignee (with the regulators mandated over them), signs and follows it to finality.
 */
export function IssueBillForm({ session, onFinal }: { session: Session; onFinal: () => void }) {
  const t = useT();
  const [v, setV] = useState<Fields>(() => defaults(t));
  const [form, setForm] = useState<BillForm>('TO_ORDER');
  const [consignee, setConsignee] = useState('');
  const [consigneeName, setConsigneeName] = useState('');
  const [steps, setSteps] = useState<Progress[]>([]);
  const [invalid, setInvalid] = useState<string>();
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<string>();
  const set = (name: FieldName, value: string) => setV((old) => ({ ...old, [name]: value }));

  useEffect(() => {
    void partyName(me(session)).then((p) => p.name && setV((old) => (old.carrierName ? old : { ...old, carrierName: p.name! })));
  }, [session]);

  /** The bill data as typed, or why not (before anything is signed). */
  function billData(): { data: BillDataInput; shipper: Uint8Array; consignee?: Uint8Array } | string {
    const shipper = v.shipper.trim().toLowerCase();
    if (!ACCOUNT.test(shipper)) return t('billIssueInvalidAccount', { field: t('billIssueShipperAccount') });
    const straight = form === 'STRAIGHT';
    const cons = consignee.trim().toLowerCase();
    if (straight && !ACCOUNT.test(cons)) return t('billIssueInvalidAccount', { field: t('billIssueConsigneeAccount') });
    const weight = grams(v.weight);
    if (weight === undefined) return t('billIssueInvalidWeight');
    const packages = Number(v.packages.trim());
    if (!/^\d+$/.test(v.packages.trim()) || packages < 1 || packages > 99_999_999) return t('billIssueInvalidPackages');
    const addressParts = [v.shipperStreet, v.shipperCity, v.shipperCountry].map((s) => s.trim());
    if (addressParts.some((s) => s) && !addressParts.every((s) => s)) return t('billIssueInvalidAddress');
    const upper = (s: string) => s.trim().toUpperCase();
    const place = upper(v.place);
    const data: BillDataInput = {
      reference: v.reference.trim(),
      carrierCode: v.carrierCode.trim(),
      issuingParty: {
        name: v.carrierName.trim(),
        address: { street: v.carrierStreet.trim(), city: v.carrierCity.trim(), countryCode: upper(v.carrierCountry) },
        account: session.accountId,
      },
      shipper: {
        name: v.shipperName.trim(),
        address: addressParts[0] ? { street: addressParts[0], city: addressParts[1], countryCode: addressParts[2].toUpperCase() } : undefined,
        account: fromHex(shipper),
      },
      consignee: straight ? { name: consigneeName.trim(), account: fromHex(cons) } : undefined,
      notifyParties: [],
      vesselName: v.vessel.trim(),
      voyageNumber: v.voyage.trim(),
      portOfLoading: { unLocode: upper(v.loadingCode), name: v.loadingName.trim() },
      portOfDischarge: { unLocode: upper(v.dischargeCode), name: v.dischargeName.trim() },
      plannedDeparture: v.onBoard,
      plannedArrival: v.arrival,
      shippedOnBoardDate: v.onBoard,
      issueDate: v.issueDate,
      placeOfIssue: place,
      invoicePayableAt: place,
      clean: true,
      clauses: [],
      goods: [
        {
          bookingReference: v.reference.trim(),
          description: v.goods
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l),
          hsCode: v.hsCode.trim(),
          cargo: [{ equipmentReference: upper(v.container), grossWeightGrams: weight, packages, packaging: v.packaging.trim() }],
        },
      ],
      containers: [{ reference: upper(v.container), isoCode: upper(v.containerType), seals: [v.seal.trim()], shipperOwned: false }],
      contactName: v.contactName.trim(),
      contactEmail: v.contactEmail.trim(),
      termsAndConditions: v.terms.trim(),
    };
    return { data, shipper: fromHex(shipper), consignee: straight ? fromHex(cons) : undefined };
  }

  async function submit(e: Event) {
    e.preventDefault();
    setSteps([]);
    setIssued(undefined);
    setNote(undefined);
    const built = billData();
    if (typeof built === 'string') return setInvalid(built);
    let content: Uint8Array;
    try {
      content = encodeBillData(built.data);
    } catch (err) {
      return setInvalid(t('billIssueInvalidField', { detail: err instanceof BillDataError ? err.message : String(err) }));
    }
    setInvalid(undefined);
    setBusy(true);
    try {
      const parties = [session.accountId, built.shipper, ...(built.consignee ? [built.consignee] : [])];
      let keys: Uint8Array[];
      try {
        const answer = await api.queryJson<RecipientKeysJson>('confidential', 'recipients', recipientsRequest(parties), session);
        keys = recipientKeys(answer.answer);
      } catch (err) {
        const detail = err instanceof ApiError ? `${err.code}: ${err.message}` : String(err);
        return setInvalid(t('billIssueRecipientsFailed', { detail }));
      }
      setNote(t('billIssueSealing', { count: keys.length }));
      const sealed = await sealContent(content, keys);
      const body = issueBill(built.shipper, form, built.consignee, sealed.bytes);
      const last = await signAndSubmit(session, { module: 'ebl', action: 'issue', body }, (p) => setSteps((s) => [...s, p]));
      if (last.step === 'committed') {
        setIssued(last.tx.events?.find((ev) => ev.module === 'ebl' && ev.type === 'issued')?.attributes.bill);
        onFinal();
      }
    } catch (err) {
      setInvalid(err instanceof Error ? err.message : String(err));
    } finally {
      setNote(undefined);
      setBusy(false);
    }
  }

  const input = (id: string, label: string, value: string, onInput: (s: string) => void, attrs: Record<string, unknown> = {}) => {
    const { textarea, required = true, ...rest } = attrs as { textarea?: boolean; required?: boolean };
    const handler = (e: Event) => onInput((e.target as HTMLInputElement).value);
    return (
      <>
        <label for={id}>{label}</label>
        {textarea ? (
          <textarea id={id} rows={3} required={required} value={value} onInput={handler} {...rest} />
        ) : (
          <input id={id} autocomplete="off" required={required} value={value} onInput={handler} {...rest} />
        )}
      </>
    );
  };

  return (
    <section>
      <h2 id="issue-bill-title">{t('billIssueTitle')}</h2>
      <p>{t('billIssueIntro')}</p>
      <form class="form" aria-labelledby="issue-bill-title" onSubmit={submit} data-testid="issue-bill-form">
        {FIELDS.slice(0, 5).map(([name, label, attrs]) => input(`issue-${name}`, t(label), v[name], (s) => set(name, s), attrs))}
        <label for="issue-form">{t('billIssueForm')}</label>
        <select id="issue-form" value={form} onChange={(e) => setForm((e.target as HTMLSelectElement).value as BillForm)}>
          <option value="TO_ORDER">{t('formTO_ORDER')}</option>
          <option value="STRAIGHT">{t('formSTRAIGHT')}</option>
        </select>
        {form === 'STRAIGHT' && (
          <>
            {input('issue-consignee', t('billIssueConsigneeAccount'), consignee, setConsignee, { class: 'mono', spellcheck: false })}
            {input('issue-consigneeName', t('billIssueConsigneeName'), consigneeName, setConsigneeName)}
          </>
        )}
        {FIELDS.slice(5).map(([name, label, attrs]) => input(`issue-${name}`, t(label), v[name], (s) => set(name, s), attrs))}
        <button type="submit" disabled={busy} data-testid="issue-bill-button">
          {t('billIssueButton')}
        </button>
      </form>
      <div aria-live="polite">{note && <p>{note}</p>}</div>
      <ProgressList steps={steps} invalid={invalid} testId="issue-bill-progress" />
      {issued && (
        <p data-testid="issued-bill" data-bill={issued}>
          {t('billIssueDone')}{' '}
          <a href={href.bill(issued)}>
            <Hex value={issued} short />
          </a>
        </p>
      )}
    </section>
  );
}
