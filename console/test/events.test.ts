// The event stream client: one EventSource per distinct filter, shared, closed with its last
// subscriber, resumed after the height it last saw when the node refuses it.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { openStreams, setEventSourceFactory, streamQuery, subscribeEvents, subscribeStreamState, type ChainEvent, type EventSourceLike } from '../src/live/events.ts';

class FakeSource implements EventSourceLike {
  static opened: FakeSource[] = [];
  readyState = 0;
  onopen: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  closed = false;
  private handlers = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeSource.opened.push(this);
  }
  addEventListener(type: string, listener: (e: MessageEvent<string>) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data: unknown, id = ''): void {
    const e = { data: JSON.stringify(data), lastEventId: id } as MessageEvent<string>;
    this.handlers.get(type)?.forEach((h) => h(e));
  }
}

setEventSourceFactory((url) => new FakeSource(url));

test('filters are normalised: equal filters give the same stream', () => {
  assert.equal(streamQuery({}), '');
  assert.equal(streamQuery({ kinds: ['event', 'block', 'receipt'] }), '');
  assert.equal(streamQuery({ kinds: ['event', 'block'] }), 'kinds=block%2Cevent');
  assert.equal(streamQuery({ kinds: ['event'], module: 'identity', type: 'frozen' }), 'kinds=event&module=identity&type=frozen');
});

test('subscribers of one filter share one EventSource; the last to leave closes it', () => {
  FakeSource.opened = [];
  const a: ChainEvent[] = [];
  const b: ChainEvent[] = [];
  const offA = subscribeEvents({ kinds: ['block'] }, (e) => a.push(e));
  const offB = subscribeEvents({ kinds: ['block'] }, (e) => b.push(e));
  const offC = subscribeEvents({ module: 'identity' }, () => {});
  assert.equal(FakeSource.opened.length, 2);
  assert.equal(FakeSource.opened[0].url, '/api/v1/events?kinds=block');
  assert.equal(FakeSource.opened[1].url, '/api/v1/events?module=identity');
  FakeSource.opened[0].emit('block', { height: 7, hash: 'ab' }, '7');
  assert.equal(a.length, 1);
  assert.equal(b[0].kind, 'block');
  assert.equal(b[0].height, 7);
  offA();
  offA(); // twice is harmless
  assert.equal(FakeSource.opened[0].closed, false);
  offB();
  assert.equal(FakeSource.opened[0].closed, true);
  offC();
  assert.equal(FakeSource.opened[1].closed, true);
  assert.equal(openStreams(), 0);
});

test('module events carry their transaction, type and attributes', () => {
  FakeSource.opened = [];
  const got: ChainEvent[] = [];
  const off = subscribeEvents({ kinds: ['event'], module: 'identity' }, (e) => got.push(e));
  FakeSource.opened[0].emit('event', { height: 9, txId: 'cd', index: 0, module: 'identity', type: 'frozen', attributes: { account: 'ef' } });
  FakeSource.opened[0].emit('event', 'not json'.slice(3)); // ignored, not thrown
  off();
  assert.deepEqual(
    got.map(({ kind, height, tx, module, type, attributes }) => ({ kind, height, tx, module, type, attributes })),
    [{ kind: 'event', height: 9, tx: 'cd', module: 'identity', type: 'frozen', attributes: { account: 'ef' } }],
  );
});

test('a refused stream is reopened after a delay from the height after the last one seen', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    FakeSource.opened = [];
    const states: string[] = [];
    const got: number[] = [];
    const off = subscribeEvents({ kinds: ['block'] }, (e) => got.push(e.height));
    const offState = subscribeStreamState({ kinds: ['block'] }, (s) => states.push(s));
    const first = FakeSource.opened[0];
    first.onopen?.({} as Event);
    first.emit('block', { height: 11 }, '11');
    // A dropped connection the browser retries itself: no new EventSource.
    first.readyState = 0;
    first.onerror?.({} as Event);
    assert.equal(FakeSource.opened.length, 1);
    // A refusal (503): the browser gives up, we retry.
    first.readyState = 2;
    first.onerror?.({} as Event);
    assert.equal(first.closed, true);
    mock.timers.tick(1000);
    assert.equal(FakeSource.opened.length, 2);
    assert.equal(FakeSource.opened[1].url, '/api/v1/events?kinds=block&from=12');
    FakeSource.opened[1].onopen?.({} as Event);
    FakeSource.opened[1].emit('block', { height: 12 }, '12');
    assert.deepEqual(got, [11, 12]);
    assert.deepEqual(states, ['connecting', 'open', 'retrying', 'retrying', 'open']);
    off();
    offState();
    assert.equal(FakeSource.opened[1].closed, true);
    assert.equal(openStreams(), 0);
  } finally {
    mock.timers.reset();
  }
});
