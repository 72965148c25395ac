import { useEffect, useState } from 'preact/hooks';
import { api, type Block, type Transaction } from '../api.ts';
import { useT } from '../i18n.ts';
import { subscribeEvents } from '../live/events.ts';
import { href } from '../router.ts';
import { ErrorNote, Facts, Hex, Loading } from '../ui.tsx';

/**
 * A transaction with its receipt and events. While pending it is read again when a streamed block
 * carries it (the block events the live feed already receives: no extra connection), and every
 * {@link PENDING_FALLBACK_MILLIS} in case the stream is down.
 */
const PENDING_FALLBACK_MILLIS = 5000;

export function TransactionDetail({ id }: { id: string }) {
  const t = useT();
  const [tx, setTx] = useState<Transaction>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    setTx(undefined);
    setError(undefined);
    const load = () =>
      api.transaction(id).then(
        (v) => {
          if (!live) return;
          setTx(v);
          clearTimeout(timer);
          if (v.status === 'pending') {
            unsubscribe ??= subscribeEvents({ kinds: ['block'] }, (e) => {
              if ((e.data as Block | undefined)?.transactions?.includes(id)) void load();
            });
            timer = setTimeout(load, PENDING_FALLBACK_MILLIS);
          } else {
            unsubscribe?.();
            unsubscribe = undefined;
          }
        },
        (e) => live && setError(e),
      );
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [id]);
  return (
    <section aria-labelledby="tx-title">
      <h1 id="tx-title">{t('txTitle')}</h1>
      <p>
        <Hex value={id} />
      </p>
      {error !== undefined && <ErrorNote error={error} />}
      {error === undefined && !tx && <Loading />}
      {tx && <Receipt tx={tx} />}
    </section>
  );
}

export function Receipt({ tx }: { tx: Transaction }) {
  const t = useT();
  const ok = tx.result?.code === 'OK';
  return (
    <>
      <Facts
        rows={[
          [t('status'), <span data-testid="tx-status">{tx.status === 'committed' ? t('statusCommitted') : t('statusPending')}</span>],
          [t('height'), tx.height === undefined ? '—' : <a href={href.block(tx.height)}>{tx.height}</a>],
          [t('index'), tx.index === undefined ? '—' : String(tx.index)],
          [
            t('result'),
            tx.result ? (
              <span class={ok ? 'ok' : 'bad'} data-testid="tx-result">
                {tx.result.code}
                {tx.result.message ? ` — ${tx.result.message}` : ''}
              </span>
            ) : (
              '—'
            ),
          ],
          [t('stateWrites'), tx.writes === undefined ? '—' : String(tx.writes)],
          [t('steps'), tx.steps === undefined ? '—' : String(tx.steps)],
        ]}
      />
      {tx.status === 'committed' && (
        <>
          <h2>{t('events')}</h2>
          {!tx.events || tx.events.length === 0 ? (
            <p>{t('noEvents')}</p>
          ) : (
            <table class="events">
              <caption class="visually-hidden">{t('events')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('module')}</th>
                  <th scope="col">{t('type')}</th>
                  <th scope="col">{t('attributes')}</th>
                </tr>
              </thead>
              <tbody>
                {tx.events.map((e, i) => (
                  <tr key={i}>
                    <td>{e.module}</td>
                    <td>{e.type}</td>
                    <td>
                      <dl class="attributes">
                        {Object.entries(e.attributes).map(([k, v]) => (
                          <div key={k}>
                            <dt>{k}</dt>
                            <dd>{v.length > 40 ? <Hex value={v} short /> : v}</dd>
                          </div>
                        ))}
                      </dl>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
