import type { SealedJson } from '../../../crypto/sealed.ts';

/** A sealed value found in a record's JSON answer, with where it was ("terms.documents[0]"). */
export interface SealedPart {
  path: string;
  sealed: SealedJson;
}

function isSealed(v: unknown): v is SealedJson {
  const o = v as SealedJson | null;
  return typeof o === 'object' && o !== null && typeof o.commitment === 'string' && typeof o.envelope === 'object' && o.envelope !== null && Array.isArray(o.envelope.wrappedKeys);
}

/** Every Sealed (envelope + commitment) anywhere in `answer`, in document order. */
export function sealedParts(answer: unknown, path = ''): SealedPart[] {
  if (isSealed(answer)) return [{ path: path || '(record)', sealed: answer }];
  if (Array.isArray(answer)) return answer.flatMap((v, i) => sealedParts(v, `${path}[${i}]`));
  if (typeof answer === 'object' && answer !== null) {
    return Object.entries(answer).flatMap(([k, v]) => sealedParts(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** A UTF-8 reading of content for a glance: what is not printable shows as a middle dot. */
export function preview(content: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  return text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '·');
}
