import { api, type Block, type NodeStatus } from '../api.ts';
import { subscribeEvents, subscribeStreamState, type StreamState } from './events.ts';

/**
 * What the screens subscribe to for live updates: the node's status whenever it changes. Fed by
 * the node's event stream ({@link StreamFeed}); screens do not poll.
 */
export interface LiveFeed {
  /** Calls `listener` with each new status (and the latest at once); returns an unsubscribe. */
  subscribe(listener: (status: NodeStatus | undefined, error?: string) => void): () => void;
}

type StatusListener = (s: NodeStatus | undefined, error?: string) => void;

/** Something that wants each committed block (the block cache, so screens need not fetch it). */
type BlockSink = (b: Block) => void;

/**
 * The status, driven by the event stream's committed blocks: each block event moves the height, tip
 * hash and state root at once from the block's own data. What a block does not carry (peers,
 * pending transactions, round) is fetched from GET /status at most once every
 * {@link STATUS_REFRESH_MILLIS}, on a block, so a quick chain does not cost a request a second.
 *
 * Polling is only the fallback: while the stream is down (the node refused it, or the connection
 * broke and the browser is reconnecting), GET /status is polled every {@link FALLBACK_POLL_MILLIS}
 * so the screens still follow the tip; it stops as soon as the stream is open again.
 */
export class StreamFeed implements LiveFeed {
  static readonly STATUS_REFRESH_MILLIS = 5000;
  static readonly FALLBACK_POLL_MILLIS = 5000;

  private listeners = new Set<StatusListener>();
  private latest: NodeStatus | undefined;
  private error: string | undefined;
  private lastRefresh = 0;
  private refreshing = false;
  private streamOpen = false;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private stop: (() => void)[] = [];
  private readonly blockSinks = new Set<BlockSink>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Hands each streamed block to `sink` too (the block cache); returns an unsubscribe. */
  onBlock(sink: BlockSink): () => void {
    this.blockSinks.add(sink);
    return () => void this.blockSinks.delete(sink);
  }

  subscribe(listener: StatusListener): () => void {
    this.listeners.add(listener);
    if (this.latest || this.error) {
      listener(this.latest, this.error);
    }
    if (this.listeners.size === 1) {
      this.start();
    }
    return () => {
      if (this.listeners.delete(listener) && this.listeners.size === 0) {
        this.end();
      }
    };
  }

  private start(): void {
    void this.refresh();
    this.stop.push(
      subscribeEvents({ kinds: ['block'] }, (e) => this.onBlockEvent(e.data as Block)),
      subscribeStreamState({ kinds: ['block'] }, (s) => this.onStreamState(s)),
    );
  }

  private end(): void {
    this.stop.forEach((f) => f());
    this.stop = [];
    this.streamOpen = false;
    this.stopPolling();
  }

  private onBlockEvent(b: Block): void {
    if (!b || typeof b.height !== 'number') return;
    this.blockSinks.forEach((sink) => sink(b));
    if (this.latest && b.height > this.latest.height) {
      this.publish({ ...this.latest, height: b.height, tipHash: b.hash, stateRoot: b.stateRoot });
    }
    if (this.now() - this.lastRefresh >= StreamFeed.STATUS_REFRESH_MILLIS) {
      void this.refresh();
    }
  }

  private onStreamState(s: StreamState): void {
    this.streamOpen = s === 'open';
    if (s === 'open') {
      if (this.pollTimer !== undefined) {
        this.stopPolling();
        void this.refresh(); // catch up on what the fallback may have missed
      }
    } else if (s === 'retrying' && this.pollTimer === undefined && this.listeners.size > 0) {
      this.pollTimer = setTimeout(() => this.poll(), StreamFeed.FALLBACK_POLL_MILLIS);
    }
  }

  private poll(): void {
    void this.refresh().finally(() => {
      if (this.pollTimer !== undefined && this.listeners.size > 0) {
        this.pollTimer = setTimeout(() => this.poll(), StreamFeed.FALLBACK_POLL_MILLIS);
      }
    });
  }

  private stopPolling(): void {
    if (this.pollTimer !== undefined) clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  /** One GET /status; a slower answer than the stream never moves the tip back. */
  private async refresh(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    this.lastRefresh = this.now();
    try {
      const s = await api.status();
      const prev = this.latest;
      const hadError = this.error !== undefined;
      this.error = undefined;
      // While the stream is open it alone moves the tip, so the screens never run ahead of the
      // blocks it delivers (and fetch none); /status adds peers, pending transactions and round.
      const keepTip = prev && (this.streamOpen || prev.height > s.height);
      this.publish(keepTip ? { ...s, height: prev.height, tipHash: prev.tipHash, stateRoot: prev.stateRoot } : s, hadError);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.listeners.forEach((l) => l(this.latest, this.error));
    } finally {
      this.refreshing = false;
    }
  }

  /** Tells the listeners when something they show changed (or an error just cleared: `force`). */
  private publish(s: NodeStatus, force = false): void {
    const p = this.latest;
    const changed = !p || s.height !== p.height || s.peers !== p.peers || s.round !== p.round || s.mempool !== p.mempool;
    this.latest = s;
    if (changed || force) {
      this.listeners.forEach((l) => l(s, this.error));
    }
  }
}

export const liveFeed = new StreamFeed();
