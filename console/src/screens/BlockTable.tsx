import type { Block } from '../api.ts';
import { LangContext } from '../i18n.ts';
import { href } from '../router.ts';
import { Hex, formatTime } from '../ui.tsx';
import { useContext } from 'preact/hooks';

export function BlockTable({ blocks, caption }: { blocks: Block[]; caption: string }) {
  const { t, lang } = useContext(LangContext);
  return (
    <table class="blocks">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('height')}</th>
          <th scope="col">{t('time')}</th>
          <th scope="col">{t('txCount')}</th>
          <th scope="col">{t('round')}</th>
          <th scope="col">{t('hash')}</th>
        </tr>
      </thead>
      <tbody>
        {blocks.map((b) => (
          <tr key={b.height} data-height={b.height}>
            <td>
              <a href={href.block(b.height)}>{b.height}</a>
            </td>
            <td>{b.height === 0 ? '—' : formatTime(b.timestampMillis, lang)}</td>
            <td>{b.transactionCount}</td>
            <td>{b.certificate?.round ?? '—'}</td>
            <td>
              <Hex value={b.hash} short />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
