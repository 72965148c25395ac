/**
 * Committed chain events from the node's event stream (GET /api/v1/events, Server-Sent Events):
 * screens subscribe with a filter and refresh what they show when something relevant commits.
 *
 * One EventSource serves every subscriber of the same filter (the node allows 64 streams in all,
 * and the browser about six HTTP/1.1 connections per origin, so screens must not open one each).
 * The last subscriber to leave closes it. The browser reconnects by itself after a dropped
 * connection, sending `Last-Event-ID` (the last height the node closed), so nothing is missed or
 * repeated; when the node refuses outright (503 BUSY, a restart answering an error) the EventSource
 * gives up, and we open a new one after a growing delay, resuming with `from=` the next height.
 */
export interface ChainEvent {
  /** 'block', 'receipt' or 'event' */
  kind: string;
  height: number;
  /** For receipts and events: the transaction id. */
  tx?: string;
  module?: string;
  type?: string;
  attributes?: Record<string, string>;
  /** The message's whole JSON data (for a block: the Block as GET /blocks/{height} answers it). */
  data?: unknown;
}

export interface EventFilter {
  kinds?: ('block' | 'receipt' | 'event')[];
  module?: string;
  type?: string;
}

/** The connection's state, for screens that show whether they are live. */
export type StreamState = 'connecting' | 'open' | 'retrying';

const KINDS = ['block', 'receipt', 'event'] as const;
const RETRY_MIN_MILLIS = 1000;
const RETRY_MAX_MILLIS = 30_000;

/** The query string of a filter, normalised so that equal filters share one stream. */
export function streamQuery(filter: EventFilter): string {
  const params = new URLSearchParams();
  const kinds = filter.kinds?.length ? KINDS.filter((k) => filter.kinds!.includes(k)) : [...KINDS];
  if (kinds.length < KINDS.length) params.set('kinds', kinds.join(','));
  if (filter.module) params.set('module', filter.module);
  if (filter.type) params.set('type', filter.type);
  return params.toString();
}

type Listener = (e: ChainEvent) => void;
type StateListener = (s: StreamState) => void;

/** What the stream needs of the browser's EventSource (replaced by a fake in unit tests). */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((e: Event) => void) | null;
  onerror: ((e: Event) => void) | null;
  addEventListener(type: string, listener: (e: MessageEvent<string>) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

let factory: EventSourceFactory = (url) => new EventSource(url);

/** For tests: how streams are opened. */
export function setEventSourceFactory(f: EventSourceFactory): void {
  factory = f;
}

const CLOSED = 2;

class SharedStream {
  readonly listeners = new Set<Listener>();
  readonly stateListeners = new Set<StateListener>();
  private source: EventSourceLike | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryMillis = RETRY_MIN_MILLIS;
  /** The last height the node closed on this stream (the SSE id). */
  private lastHeight: number | undefined;
  state: StreamState = 'connecting';

  constructor(private readonly query: string) {
    this.open();
  }

  private url(): string {
    const params = new URLSearchParams(this.query);
    if (this.lastHeight !== undefined) params.set('from', String(this.lastHeight + 1));
    const q = params.toString();
    return `/api/v1/events${q ? `?${q}` : ''}`;
  }

  private open(): void {
    const source = factory(this.url());
    this.source = source;
    source.onopen = () => {
      this.retryMillis = RETRY_MIN_MILLIS;
      this.setState('open');
    };
    source.onerror = () => {
      if (this.source !== source) return;
      if (source.readyState === CLOSED) {
        // The browser gave up (an HTTP error, not a dropped connection): retry ourselves.
        source.close();
        this.source = undefined;
        this.setState('retrying');
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          this.open();
        }, this.retryMillis);
        this.retryMillis = Math.min(this.retryMillis * 2, RETRY_MAX_MILLIS);
      } else {
        // The browser reconnects by itself with Last-Event-ID.
        this.setState('retrying');
      }
    };
    for (const kind of KINDS) {
      source.addEventListener(kind, (m) => this.deliver(kind, m));
    }
    // With blocks filtered out, an id-only message still closes each height.
    source.addEventListener('message', (m) => this.track(m));
  }

  private track(m: MessageEvent<string>): void {
    const id = Number(m.lastEventId);
    if (m.lastEventId && Number.isSafeInteger(id)) this.lastHeight = id;
  }

  private deliver(kind: (typeof KINDS)[number], m: MessageEvent<string>): void {
    if (this.state !== 'open') this.setState('open');
    this.track(m);
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(m.data);
    } catch {
      return;
    }
    const event = toChainEvent(kind, data);
    if (event) this.listeners.forEach((l) => l(event));
  }

  private setState(s: StreamState): void {
    this.state = s;
    this.stateListeners.forEach((l) => l(s));
  }

  close(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.source?.close();
    this.source = undefined;
  }

  get idle(): boolean {
    return this.listeners.size === 0 && this.stateListeners.size === 0;
  }
}

function toChainEvent(kind: (typeof KINDS)[number], d: Record<string, unknown>): ChainEvent | undefined {
  if (typeof d.height !== 'number') return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  switch (kind) {
    case 'block':
      return { kind, height: d.height, data: d };
    case 'receipt':
      return { kind, height: d.height, tx: str(d.id) ?? str(d.txId), data: d };
    case 'event':
      return {
        kind,
        height: d.height,
        tx: str(d.txId),
        module: str(d.module),
        type: str(d.type),
        attributes: (d.attributes ?? {}) as Record<string, string>,
        data: d,
      };
  }
}

const streams = new Map<string, SharedStream>();

function acquire(filter: EventFilter): [SharedStream, () => void] {
  const key = streamQuery(filter);
  let stream = streams.get(key);
  if (!stream) {
    stream = new SharedStream(key);
    streams.set(key, stream);
  }
  const s = stream;
  const release = () => {
    if (s.idle && streams.get(key) === s) {
      s.close();
      streams.delete(key);
    }
  };
  return [s, release];
}

/** Calls `listener` for each committed event matching `filter` from now on; returns an unsubscribe. */
export function subscribeEvents(filter: EventFilter, listener: (e: ChainEvent) => void): () => void {
  const [stream, release] = acquire(filter);
  // Wrapped, so the same function subscribed twice is two subscriptions.
  const own: Listener = (e) => listener(e);
  stream.listeners.add(own);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    stream.listeners.delete(own);
    release();
  };
}

/** Calls `listener` with the stream's state for `filter` (at once, then on each change). */
export function subscribeStreamState(filter: EventFilter, listener: (s: StreamState) => void): () => void {
  const [stream, release] = acquire(filter);
  const own: StateListener = (s) => listener(s);
  stream.stateListeners.add(own);
  listener(stream.state);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    stream.stateListeners.delete(own);
    release();
  };
}

/** How many streams are open (for tests: none are left behind after unsubscribing). */
export function openStreams(): number {
  return streams.size;
}
