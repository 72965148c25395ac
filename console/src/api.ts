import { signedHeaders } from './auth/signedRequest.ts';
import { fromHex, toHex } from './chain/hex.ts';
import type { Session } from './session.ts';

/**
 * The node's HTTP API (docs/operations.md), from the page's own origin: the console is served by
 * the node it talks to, so no address is configured and no cross-origin request is made.
 */
export interface NodeStatus {
  nodeId: string;
  nodeKey: string;
  height: number;
  tipHash: string;
  stateRoot: string;
  round: number;
  peers: number;
  mempool: number;
  validator: boolean;
}

/** A validator of the set in state: its consensus key, voting power, operating member's account. */
export interface Validator {
  key: string;
  power: number;
  operator: string;
  address: string;
}

/** A peer this node is connected to now; validators name their operating member's account. */
export interface Peer {
  key: string;
  validator: boolean;
  operator?: string;
}

export interface Block {
  height: number;
  hash: string;
  chainId: string;
  previousHash: string;
  timestampMillis: number;
  proposer: string;
  validatorSetHash: string;
  transactionCount: number;
  transactionsRoot: string;
  stateRoot: string;
  resultsRoot: string;
  transactions: string[];
  /** `signers`: the validator keys (hex) whose precommits make up this node's certificate. */
  certificate?: { round: number; signatures: number; signers?: string[] };
}

export interface ReceiptEvent {
  module: string;
  type: string;
  attributes: Record<string, string>;
}

export interface Transaction {
  id: string;
  status: 'committed' | 'pending';
  height?: number;
  index?: number;
  result?: { code: string; message: string };
  events?: ReceiptEvent[];
  writes?: number;
  steps?: number;
}

/** An error the API answered with ({"code", "message"}), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const BASE = '/api/v1';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(BASE + path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch (e) {
    throw new ApiError(0, 'UNREACHABLE', `the node does not answer (${String(e)})`);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, body.code ?? 'HTTP_' + response.status, body.message ?? response.statusText);
  }
  return body as T;
}

export const api = {
  status: () => call<NodeStatus>('/status'),
  /** The validator set in state at the tip (GET /validators). */
  validators: () => call<{ height: number; validators: Validator[] }>('/validators'),
  /** The peers this node is connected to now, sorted by key (GET /peers). */
  peers: () => call<{ height: number; peers: Peer[] }>('/peers'),
  block: (height: number) => call<Block>(`/blocks/${height}`),
  transaction: (id: string) => call<Transaction>(`/transactions/${encodeURIComponent(id)}`),
  /** A module query with its canonical request; resolves to the canonical response bytes. */
  async query(module: string, name: string, request: Uint8Array): Promise<{ height: number; response: Uint8Array }> {
    const r = await call<{ height: number; response: string }>(
      `/query/${module}/${name}?request=${toHex(request)}`,
    );
    return { height: r.height, response: fromHex(r.response) };
  },
  /**
   * A module query answered with its decoded JSON `answer` as well (format=json: records as objects,
   * ids and bytes as hex, optionals as value or null, enums by name, 64-bit integers as decimal
   * strings). With a session the request is signed, as confidential queries require.
   */
  async queryJson<T>(module: string, name: string, request: Uint8Array = new Uint8Array(0), session?: Session): Promise<{ height: number; response: Uint8Array; answer: T }> {
    const path = `${BASE}/query/${module}/${name}?request=${toHex(request)}&format=json`;
    const headers = session ? signedHeaders(session.key, session.accountId, 'GET', path) : undefined;
    const r = await call<{ height: number; response: string; answer: T }>(path.slice(BASE.length), { headers });
    return { height: r.height, response: fromHex(r.response), answer: r.answer };
  },
  /** Submits a signed transaction (canonical SignedTransaction encoding). */
  submit: (encoded: Uint8Array) =>
    call<{ id: string; status: string }>('/transactions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ transaction: toHex(encoded) }),
    }),
};
