import { useContext, useState } from 'preact/hooks';
import { signAndSubmit, type Progress } from '../actions/submit.ts';
import { api } from '../api.ts';
import { fromHex } from '../chain/hex.ts';
import { LangContext } from '../i18n.ts';
import type { Session } from '../session.ts';
import { type AccountDelegationsJson, isLive, revokeDelegation } from '../trade/delegation.ts';
import { accountTarget } from '../trade/identity.ts';
import { ErrorNote, formatTime, Hex, useAsync } from '../ui.tsx';
import { ProgressList } from './ProgressList.tsx';

/**
 * The session keys the signed-in account delegated (identity/delegations), live or expired by the
 * tip's block time (the time the chain judges expiry by, not this browser's clock), each with a
 * Revoke button. A session signed with a session key gets no buttons: the runtime refuses any
 * identity payload from a session key, so revoking takes the account's own key.
 */
export function SessionKeys({ session }: { session: Session }) {
  const { lang, t } = useContext(LangContext);
  const [refresh, setRefresh] = useState(0);
  const [steps, setSteps] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  const listed = useAsync(async () => {
    const [answer, tip] = await Promise.all([
      api.queryJson<AccountDelegationsJson>('identity', 'delegations', accountTarget(session.accountId)),
      api.status().then((s) => api.block(s.height)),
    ]);
    return { delegations: answer.answer.delegations, blockTime: tip.timestampMillis };
  }, [session, refresh]);

  async function revoke(keyHex: string) {
    setBusy(true);
    setSteps([]);
    try {
      const body = revokeDelegation(fromHex(keyHex));
      const last = await signAndSubmit(session, { module: 'identity', action: 'revoke-delegation', body }, (p) => setSteps((s) => [...s, p]));
      if (last.step === 'committed') setRefresh((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const own = session.delegated === undefined;
  return (
    <section aria-labelledby="session-keys-title">
      <h2 id="session-keys-title">{t('delegationKeysTitle')}</h2>
      {!own && <p data-testid="session-keys-note">{t('delegationKeysNoRevoke')}</p>}
      {listed.state === 'failed' && <ErrorNote error={listed.error} />}
      {listed.state === 'done' && listed.value.delegations.length === 0 && <p data-testid="session-keys-none">{t('delegationKeysNone')}</p>}
      {listed.state === 'done' && listed.value.delegations.length > 0 && (
        <table data-testid="session-keys">
          <caption>{t('delegationKeysCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('delegationKeysKey')}</th>
              <th scope="col">{t('delegationKeysScope')}</th>
              <th scope="col">{t('delegationKeysExpires')}</th>
              <th scope="col">{t('delegationKeysState')}</th>
              {own && <th scope="col">{t('delegationKeysAction')}</th>}
            </tr>
          </thead>
          <tbody>
            {listed.value.delegations.map((d) => {
              const live = isLive(d, listed.value.blockTime);
              return (
                <tr key={d.key.bytes} data-key={d.key.bytes} data-state={live ? 'live' : 'expired'}>
                  <th scope="row">
                    <Hex value={d.key.bytes} />
                  </th>
                  <td>{d.scope.join(', ')}</td>
                  <td>{formatTime(Number(d.expiresAtMillis), lang)}</td>
                  <td>{live ? t('delegationKeysLive') : t('delegationKeysExpired')}</td>
                  {own && (
                    <td>
                      <button type="button" disabled={busy} aria-label={t('delegationKeysRevokeKey', { key: d.key.bytes.slice(0, 16) })} onClick={() => revoke(d.key.bytes)}>
                        {t('delegationKeysRevoke')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ProgressList steps={steps} testId="revoke-progress" />
    </section>
  );
}
