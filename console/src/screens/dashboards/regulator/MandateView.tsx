import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../i18n.ts';
import { subscribeEvents } from '../../../live/events.ts';
import { href } from '../../../router.ts';
import type { Session } from '../../../session.ts';
import { ErrorNote, Hex, Loading } from '../../../ui.tsx';
import { loadMandate, type Mandate } from './mandate.ts';

/**
 * The regulator's jurisdictions and the members in them. Reloaded when the identity module commits
 * an event (a freeze, a new member), through the event stream: no polling.
 */
export function MandateView({ session }: { session: Session }) {
  const t = useT();
  const [mandate, setMandate] = useState<Mandate>();
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  useEffect(() => subscribeEvents({ kinds: ['event'], module: 'identity' }, () => setVersion((v) => v + 1)), []);
  useEffect(() => {
    loadMandate(session).then(
      (m) => (setMandate(m), setError(undefined)),
      (e) => setError(e),
    );
  }, [session, version]);

  if (error !== undefined) return <ErrorNote error={error} />;
  if (!mandate) return <Loading />;
  const codes = mandate.jurisdictions.map((j) => j.code).join(', ');
  return (
    <>
      <h2 id="mandate-title">{t('mandateTitle')}</h2>
      {mandate.jurisdictions.length === 0 ? (
        <p data-testid="no-mandate">{t('noMandate')}</p>
      ) : (
        <table data-testid="mandate-jurisdictions">
          <caption>{t('mandateCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jurisdiction')}</th>
              <th scope="col">{t('mandateSource')}</th>
            </tr>
          </thead>
          <tbody>
            {mandate.jurisdictions.map((j) => (
              <tr key={j.code} data-testid="mandate-jurisdiction">
                <th scope="row">{j.code}</th>
                <td>{j.source === 'own' ? t('mandateOwn') : t('mandateGranted')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="mandate-members-title">{t('mandateMembersTitle')}</h2>
      <table data-testid="mandate-members">
        <caption>{t('mandateMembersCaption', { jurisdictions: codes || '—' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('nodeId')}</th>
            <th scope="col">{t('memberName')}</th>
            <th scope="col">{t('jurisdiction')}</th>
            <th scope="col">{t('roles')}</th>
            <th scope="col">{t('accountId')}</th>
            <th scope="col">{t('frozen')}</th>
          </tr>
        </thead>
        <tbody>
          {mandate.members.map((m) => (
            <tr key={m.account} data-member={m.id}>
              <th scope="row">{m.id}</th>
              <td>{m.name}</td>
              <td>{m.jurisdiction}</td>
              <td>{m.roles.join(', ')}</td>
              <td>
                <a href={href.account(m.account)}>
                  <Hex value={m.account} short />
                </a>
              </td>
              <td data-testid={`frozen-${m.id}`}>{m.frozen === undefined ? '—' : m.frozen ? t('yes') : t('no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
