import { api, ApiError, type Transaction } from '../api.ts';
import { ALWAYS_VALID, signTransaction, transactionId, type Payload } from '../chain/transaction.ts';
import type { Session } from '../session.ts';
import { accountTarget, decodeAccountRecord } from '../trade/identity.ts';

/**
 * How an action from the browser goes: signed here, accepted by the node, final in a block. Each
 * step is reported as it happens so that a screen can show the progress; a refusal at any step
 * ends it with the node's stable code and message.
 */
export type Progress =
  | { step: 'signed'; id: string }
  | { step: 'submitted'; id: string }
  | { step: 'committed'; id: string; tx: Transaction }
  | { step: 'failed'; id?: string; code: string; message: string };

const FINALITY_TIMEOUT_MILLIS = 60_000;

let chainId: string | undefined;

/** The network's chain id, from the genesis block (fixed for the network's life). */
async function networkChainId(): Promise<string> {
  chainId ??= (await api.block(0)).chainId;
  return chainId;
}

export async function signAndSubmit(session: Session, payload: Payload, report: (p: Progress) => void): Promise<Progress> {
  const done = (p: Progress) => {
    report(p);
    return p;
  };
  let id: string | undefined;
  try {
    const account = decodeAccountRecord((await api.query('identity', 'account', accountTarget(session.accountId))).response);
    const body = { chainId: await networkChainId(), sender: session.accountId, nonce: account.nonce, ...ALWAYS_VALID, payload };
    id = transactionId(body);
    const encoded = signTransaction(body, session.key);
    report({ step: 'signed', id });
    await api.submit(encoded);
    report({ step: 'submitted', id });
    const deadline = Date.now() + FINALITY_TIMEOUT_MILLIS;
    while (Date.now() < deadline) {
      const tx = await api.transaction(id).catch((e) => (e instanceof ApiError && e.status === 404 ? undefined : Promise.reject(e)));
      if (tx?.status === 'committed') {
        return done(
          tx.result?.code === 'OK'
            ? { step: 'committed', id, tx }
            : { step: 'failed', id, code: tx.result?.code ?? 'UNKNOWN', message: tx.result?.message ?? '' },
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return done({ step: 'failed', id, code: 'TIMEOUT', message: `not final after ${FINALITY_TIMEOUT_MILLIS / 1000} s` });
  } catch (e) {
    return done(
      e instanceof ApiError
        ? { step: 'failed', id, code: e.code, message: e.message }
        : { step: 'failed', id, code: 'ERROR', message: e instanceof Error ? e.message : String(e) },
    );
  }
}
