import { useEffect, useState } from 'preact/hooks';
import type { NodeStatus } from '../api.ts';
import { useT } from '../i18n.ts';
import { liveFeed } from '../live/feed.ts';
import { href } from '../router.ts';
import { ErrorNote, Loading, useAsync } from '../ui.tsx';
import { BlockTable } from './BlockTable.tsx';
import { blocksBelow } from './recent.ts';

const PAGE = 20;

/** Blocks newest first, a page at a time; without `from` the page follows the tip live. */
export function Blocks({ from }: { from?: number }) {
  const t = useT();
  const [status, setStatus] = useState<NodeStatus>();
  useEffect(() => liveFeed.subscribe((s) => setStatus(s)), []);
  const top = from ?? status?.height;
  const page = useAsync(() => (top === undefined ? new Promise<never>(() => {}) : blocksBelow(top, PAGE)), [top]);
  return (
    <section aria-labelledby="blocks-title">
      <h1 id="blocks-title">{t('blocksTitle')}</h1>
      {page.state === 'loading' && <Loading />}
      {page.state === 'failed' && <ErrorNote error={page.error} />}
      {page.state === 'done' && <BlockTable blocks={page.value} caption={t('blocksTitle')} />}
      {top !== undefined && (
        <nav class="pager" aria-label={t('blocksTitle')}>
          {from !== undefined && <a href={status && from + PAGE >= status.height ? href.blocks() : href.blocks(from + PAGE)}>← {t('newer')}</a>}
          {top - PAGE >= 0 && <a href={href.blocks(top - PAGE)}>{t('older')} →</a>}
        </nav>
      )}
    </section>
  );
}
