import { api, type NodeStatus } from '../api.ts';

/**
 * What the screens subscribe to for live updates: the node's status whenever it changes. Today it
 * is fed by polling GET /api/v1/status; the node's event stream (SSE, being built on the API
 * branch) will replace {@link PollingFeed} behind this same interface, so screens do not change.
 */
export interface LiveFeed {
  /** Calls `listener` with each new status (and the latest at once); returns an unsubscribe. */
  subscribe(listener: (status: NodeStatus | undefined, error?: string) => void): () => void;
}

export class PollingFeed implements LiveFeed {
  private listeners = new Set<(s: NodeStatus | undefined, error?: string) => void>();
  private latest: NodeStatus | undefined;
  private error: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly intervalMillis = 1000) {}

  subscribe(listener: (s: NodeStatus | undefined, error?: string) => void): () => void {
    this.listeners.add(listener);
    if (this.latest || this.error) {
      listener(this.latest, this.error);
    }
    if (this.listeners.size === 1) {
      void this.poll();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer !== undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
    };
  }

  private async poll(): Promise<void> {
    try {
      const s = await api.status();
      const changed = !this.latest || this.error || s.height !== this.latest.height || s.peers !== this.latest.peers || s.round !== this.latest.round || s.mempool !== this.latest.mempool;
      this.latest = s;
      this.error = undefined;
      if (changed) {
        this.listeners.forEach((l) => l(s));
      }
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.listeners.forEach((l) => l(this.latest, this.error));
    }
    if (this.listeners.size > 0) {
      this.timer = setTimeout(() => void this.poll(), this.intervalMillis);
    }
  }
}

export const liveFeed: LiveFeed = new PollingFeed();
