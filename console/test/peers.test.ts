// The overview's peer refresh cadence and connection status.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connected, nonValidators, PEERS_REFRESH_MILLIS, peersDue } from '../src/screens/peers.ts';

test('the peers are fetched first, on a changed count, and then every refresh period only', () => {
  assert.equal(peersDue(1000, undefined, 3), true);
  const last = { at: 1000, count: 3 };
  assert.equal(peersDue(1000 + PEERS_REFRESH_MILLIS - 1, last, 3), false, 'a block a second costs no request');
  assert.equal(peersDue(1000 + PEERS_REFRESH_MILLIS, last, 3), true);
  assert.equal(peersDue(1001, last, 2), true, 'a peer dropped');
});

test('a validator is connected when it is this node or among the peers', () => {
  const peers = [
    { key: 'aa', validator: true, operator: '01' },
    { key: 'cc', validator: false },
  ];
  assert.equal(connected('ee', 'ee', peers), true);
  assert.equal(connected('aa', 'ee', peers), true);
  assert.equal(connected('bb', 'ee', peers), false);
  assert.equal(connected('bb', 'ee', []), false);
  assert.deepEqual(nonValidators(peers), [{ key: 'cc', validator: false }]);
});
