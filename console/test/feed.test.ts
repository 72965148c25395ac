// liveFeed over the event stream: block events move the height without a request, /status is
// refreshed at most every 5 s, and polled only while the stream is down.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import type { NodeStatus } from '../src/api.ts';
import { openStreams, setEventSourceFactory, type EventSourceLike } from '../src/live/events.ts';
import { StreamFeed } from '../src/live/feed.ts';

class FakeSource implements EventSourceLike {
  static last: FakeSource;
  readyState = 0;
  onopen: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  private handlers = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor() {
    FakeSource.last = this;
  }
  addEventListener(type: string, l: (e: MessageEvent<string>) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), l]);
  }
  close(): void {
    this.readyState = 2;
  }
  block(height: number): void {
    const e = { data: JSON.stringify({ height, hash: `h${height}`, stateRoot: `r${height}` }), lastEventId: String(height) } as MessageEvent<string>;
    this.handlers.get('block')?.forEach((h) => h(e));
  }
}
setEventSourceFactory(() => new FakeSource());

const status = (height: number): NodeStatus => ({ nodeId: 'icbc', nodeKey: 'k', height, tipHash: `h${height}`, stateRoot: `r${height}`, round: 0, peers: 3, mempool: 0, validator: true });

test('the feed follows block events, refreshes the status sparingly, and polls only while the stream is down', async () => {
  let nodeHeight = 5;
  let fetches = 0;
  globalThis.fetch = (async () => {
    fetches++;
    return new Response(JSON.stringify(status(nodeHeight)));
  }) as typeof fetch;
  let clock = 0;
  const feed = new StreamFeed(() => clock);
  const seen: number[] = [];
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const off = feed.subscribe((s) => s && seen.push(s.height));
    await new Promise((r) => setImmediate(r));
    assert.equal(fetches, 1); // the first status
    const source = FakeSource.last;
    source.onopen?.({} as Event);
    for (let h = 6; h <= 9; h++) {
      clock += 1000;
      nodeHeight = h;
      source.block(h);
    }
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(seen, [5, 6, 7, 8, 9]);
    assert.equal(fetches, 1, 'four blocks in four seconds: no status request');
    clock += 1000;
    nodeHeight = 11; // the node is a block ahead of the stream
    source.block(10);
    await new Promise((r) => setImmediate(r));
    assert.equal(fetches, 2, 'five seconds on: one status refresh');
    assert.equal(seen.at(-1), 10, 'the stream alone moves the tip while it is open');

    // The stream fails: polling every 5 s takes over, and stops once the stream is back.
    source.readyState = 0;
    source.onerror?.({} as Event);
    nodeHeight = 11;
    mock.timers.tick(5000);
    await new Promise((r) => setImmediate(r));
    assert.equal(fetches, 3);
    assert.equal(seen.at(-1), 11);
    source.onopen?.({} as Event);
    await new Promise((r) => setImmediate(r));
    assert.equal(fetches, 4, 'one catch-up refresh when the stream opens again');
    mock.timers.tick(20_000);
    await new Promise((r) => setImmediate(r));
    assert.equal(fetches, 4, 'no polling while the stream is open');
    off();
    assert.equal(openStreams(), 0);
  } finally {
    mock.timers.reset();
  }
});
