import { useContext } from 'preact/hooks';
import { api } from '../api.ts';
import { LangContext } from '../i18n.ts';
import { href } from '../router.ts';
import { ErrorNote, Facts, Hex, Loading, formatTime, useAsync } from '../ui.tsx';

export function BlockDetail({ height }: { height: number }) {
  const { t, lang } = useContext(LangContext);
  const block = useAsync(() => api.block(height), [height]);
  return (
    <section aria-labelledby="block-title">
      <h1 id="block-title">{t('blockTitle', { height })}</h1>
      <nav class="pager" aria-label={t('blocksTitle')}>
        {height > 0 && <a href={href.block(height - 1)}>← {t('older')}</a>}
        <a href={href.block(height + 1)}>{t('newer')} →</a>
      </nav>
      {block.state === 'loading' && <Loading />}
      {block.state === 'failed' && <ErrorNote error={block.error} />}
      {block.state === 'done' && (
        <>
          <Facts
            rows={[
              [t('hash'), <Hex value={block.value.hash} />],
              [t('previousHash'), height > 0 ? <a href={href.block(height - 1)}><Hex value={block.value.previousHash} /></a> : <Hex value={block.value.previousHash} />],
              [t('time'), height === 0 ? '—' : formatTime(block.value.timestampMillis, lang)],
              [t('proposer'), <Hex value={block.value.proposer} short />],
              [t('stateRoot'), <Hex value={block.value.stateRoot} />],
              [
                t('certificate'),
                block.value.certificate ? t('certificateValue', { round: block.value.certificate.round, signatures: block.value.certificate.signatures }) : '—',
              ],
              [t('txCount'), String(block.value.transactionCount)],
            ]}
          />
          <h2>{t('transactions')}</h2>
          {block.value.transactions.length === 0 ? (
            <p>{t('noTransactions')}</p>
          ) : (
            <ol class="tx-list">
              {block.value.transactions.map((id) => (
                <li key={id}>
                  <a href={href.tx(id)}>
                    <Hex value={id} />
                  </a>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
