import { api, type Block } from '../api.ts';

/**
 * Committed blocks never change, so each is fetched once and kept (the most recent
 * {@link CACHE_SIZE}): following the tip then costs one request per new block, not a page.
 */
const CACHE_SIZE = 256;
const cache = new Map<number, Block>();

async function block(height: number): Promise<Block | undefined> {
  const hit = cache.get(height);
  if (hit) {
    return hit;
  }
  const b = await api.block(height).catch(() => undefined);
  if (b) {
    cache.set(height, b);
    if (cache.size > CACHE_SIZE) {
      cache.delete(Math.min(...cache.keys()));
    }
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
