import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Block, type NodeStatus, type Peer } from '../api.ts';
import { useT } from '../i18n.ts';
import { liveFeed } from '../live/feed.ts';
import { ErrorNote, Facts, Hex, Loading } from '../ui.tsx';
import { BlockTable } from './BlockTable.tsx';
import { nonValidators, peersDue, type PeersFetched } from './peers.ts';
import { Validators } from './Validators.tsx';
import { blocksBelow, meanBlockSeconds } from './recent.ts';

const RECENT = 8;

/**
 * The network as this node sees it, live: height, tip, block time, round changes, peers, the
 * validators (GET /validators, with whether this node is connected to each and who signed the latest
 * certificate), the connected nodes that are not validators (GET /peers, fetched again with the
 * status refresh, at most every 5 s) and the latest blocks.
 */
export function Overview() {
  const t = useT();
  const [status, setStatus] = useState<NodeStatus>();
  const [error, setError] = useState<string>();
  const [recent, setRecent] = useState<Block[]>([]);

  useEffect(
    () =>
      liveFeed.subscribe((s, e) => {
        setStatus(s);
        setError(e);
      }),
    [],
  );
  const [peers, setPeers] = useState<Peer[]>();
  const peersFetched = useRef<PeersFetched>();
  useEffect(() => {
    if (!status) return;
    const now = Date.now();
    if (peersDue(now, peersFetched.current, status.peers)) {
      peersFetched.current = { at: now, count: status.peers };
      api.peers().then(
        (r) => setPeers(r.peers),
        () => setPeers(undefined),
      );
    }
  }, [status]);
  const height = status?.height;
  useEffect(() => {
    if (height !== undefined) {
      void blocksBelow(height, RECENT).then(setRecent);
    }
  }, [height]);

  if (!status) {
    return error ? <ErrorNote error={error} /> : <Loading />;
  }
  const seconds = meanBlockSeconds(recent);
  const latest = recent[0];
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overviewTitle')}</h1>
      {error && <ErrorNote error={t('offline', { error })} />}
      <div class="tiles" aria-live="polite">
        <Tile label={t('height')} value={<span data-testid="height">{status.height}</span>} />
        <Tile label={t('blockTime')} value={seconds ? `${seconds} s` : '—'} />
        <Tile label={t('peers')} value={String(status.peers)} />
        <Tile label={t('mempool')} value={String(status.mempool)} />
        <Tile label={t('roundChanges')} value={latest?.certificate ? String(latest.certificate.round) : '—'} />
      </div>
      <Facts
        label={t('thisNode')}
        rows={[
          [t('tipHash'), <Hex value={status.tipHash} />],
          [t('stateRoot'), <Hex value={status.stateRoot} />],
          [t('blockTime'), seconds ? t('blockTimeValue', { seconds, count: recent.length }) : '—'],
          [t('nodeId'), status.nodeId],
          [t('nodeKey'), <Hex value={status.nodeKey} short />],
          [t('validator'), status.validator ? t('yes') : t('no')],
          [t('round'), String(status.round)],
        ]}
      />
      <Validators latest={latest} self={status.nodeKey} peers={peers} />
      {peers && <OtherNodes peers={nonValidators(peers)} />}
      <BlockTable blocks={recent} caption={t('recentBlocks')} />
    </section>
  );
}

/** The connected peers outside the validator set (non-validator nodes), by node key. */
function OtherNodes({ peers }: { peers: Peer[] }) {
  const t = useT();
  return (
    <>
      <h2 id="other-nodes-title">{t('otherNodesTitle')}</h2>
      {peers.length === 0 ? (
        <p data-testid="other-nodes-none">{t('otherNodesNone')}</p>
      ) : (
        <table data-testid="other-nodes">
          <caption>{t('otherNodesCaption', { count: peers.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('nodeKey')}</th>
            </tr>
          </thead>
          <tbody>
            {peers.map((p) => (
              <tr key={p.key} data-testid="other-node-row">
                <td>
                  <Hex value={p.key} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Tile({ label, value }: { label: string; value: preact.ComponentChildren }) {
  return (
    <div class="tile">
      <div class="tile-label">{label}</div>
      <div class="tile-value">{value}</div>
    </div>
  );
}
