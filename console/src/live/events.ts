/**
 * Committed chain events from the node's event stream (GET /api/v1/events, Server-Sent Events):
 * screens subscribe with a filter and refresh what they show when something relevant commits.
 * Contract for the platform branch, which implements it over EventSource; until then it never
 * calls back.
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
}

export interface EventFilter {
  kinds?: ('block' | 'receipt' | 'event')[];
  module?: string;
  type?: string;
}

/** Calls `listener` for each committed event matching `filter` from now on; returns an unsubscribe. */
export function subscribeEvents(_filter: EventFilter, _listener: (e: ChainEvent) => void): () => void {
  return () => {};
}
