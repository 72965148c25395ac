import { api, type Block } from '../api.ts';
import { liveFeed } from '../live/feed.ts';

/**
 * Committed blocks never change, so each is fetched once and kept (the most recent
 * {@link CACHE_SIZE}): following the tip costs no request at all when the event stream delivers the block.
 */
const CACHE_SIZE = 256;
const cache = new Map<number, Block>();

function remember(b: Block): void {
  cache.set(b.height, b);
  if (cache.size > CACHE_SIZE) {
    cache.delete(Math.min(...cache.keys()));
  }
}

// The event stream delivers each committed block whole: screens following the tip fetch nothing.
liveFeed.onBlock(remember);

async function block(height: number): Promise<Block | undefined> {
  const hit = cache.get(height);
  if (hit) {
    return hit;
  }
  const b = await api.block(height).catch(() => undefined);
  if (b) {
    remember(b);
  }
  return b;
}

/** The `count` blocks at and below `top`, newest first (fewer near genesis). */
export async function blocksBelow(top: number, count: number): Promise<Block[]> {
  const heights = [];
  for (let h = top; h >= 0 && h > top - count; h--) {
    heights.push(h);
  }
  const found = await Promise.all(heights.map(block));
  return found.filter((b): b is Block => b !== undefined);
}

/** Mean seconds between consecutive blocks, to one decimal; undefined under two blocks. */
export function meanBlockSeconds(newestFirst: Block[]): string | undefined {
  const timed = newestFirst.filter((b) => b.height > 0);
  if (timed.length < 2) {
    return undefined;
  }
  const span = timed[0].timestampMillis - timed[timed.length - 1].timestampMillis;
  return (span / (timed.length - 1) / 1000).toFixed(1);
}
