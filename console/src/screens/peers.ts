import type { Peer } from '../api.ts';

/** The peers are fetched again at most this often: the cadence of the live feed's status refresh. */
export const PEERS_REFRESH_MILLIS = 5000;

/** When the peers were last fetched, and the status's peer count then. */
export interface PeersFetched {
  at: number;
  count: number;
}

/**
 * Whether a status update should fetch the peers: never fetched, the peer count changed, or the
 * last fetch is {@link PEERS_REFRESH_MILLIS} old. Status updates come with each block, so this
 * keeps the peers as fresh as the status without a request a block.
 */
export function peersDue(now: number, last: PeersFetched | undefined, count: number): boolean {
  return last === undefined || last.count !== count || now - last.at >= PEERS_REFRESH_MILLIS;
}

/** Whether this node is linked to the validator with `key`: it is the node itself or a peer. */
export function connected(key: string, self: string, peers: readonly Peer[]): boolean {
  return key === self || peers.some((p) => p.key === key);
}

/** The connected peers outside the validator set (non-validator nodes), in the API's order. */
export function nonValidators(peers: readonly Peer[]): Peer[] {
  return peers.filter((p) => !p.validator);
}
