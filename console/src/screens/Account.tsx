import { api } from '../api.ts';
import { toHex } from '../chain/hex.ts';
import { useT } from '../i18n.ts';
import { useSession, type Session } from '../session.ts';
import { accountTarget, decodeAccountRecord } from '../trade/identity.ts';
import { ErrorNote, Facts, Hex, useAsync } from '../ui.tsx';
import { Balances, holdings } from './Balances.tsx';
import { SessionKeys } from './SessionKeys.tsx';
import { Transfer } from './Transfer.tsx';
import { CentralBankDashboard } from './dashboards/CentralBank.tsx';
import { href } from '../router.ts';
import { useState } from 'preact/hooks';


export function Account() {
  const t = useT();
  const session = useSession();
  if (!session) {
    return (
      <section>
        <h1>{t('navAccount')}</h1>
        <p>
          <a href={href.signIn()}>{t('notSignedIn')}</a>
        </p>
      </section>
    );
  }
  return <SignedInAccount session={session} />;
}

function SignedInAccount({ session }: { session: Session }) {
  const t = useT();
  const [refresh, setRefresh] = useState(0);
  const record = useAsync(() => api.query('identity', 'account', accountTarget(session.accountId)).then((r) => decodeAccountRecord(r.response)), [session, refresh]);
  const balances = useAsync(() => holdings(session.accountId), [session, refresh]);
  const member = session.member;
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">{t('accountTitle', { member: member?.name ?? member?.id ?? '' })}</h1>
      <Facts
        rows={[
          [t('nodeId'), member ? `${member.id} (${member.jurisdiction}${member.bic ? ', ' + member.bic : ''})` : t('unknownMember')],
          [
            t('accountId'),
            <a href={href.account(toHex(session.accountId))}>
              <Hex value={toHex(session.accountId)} />
            </a>,
          ],
          [t('publicKey'), <Hex value={toHex(session.key.publicKey)} />],
          [t('roles'), record.state === 'done' ? record.value.roles.join(', ') || '—' : '…'],
          [t('nonce'), record.state === 'done' ? record.value.nonce.toString() : '…'],
          [t('frozen'), record.state === 'done' ? (record.value.frozen ? t('yes') : t('no')) : '…'],
        ]}
      />
      {record.state === 'failed' && <ErrorNote error={record.error} />}
      <Balances balances={balances} />
      {balances.state === 'done' && balances.value.length > 0 && (
        <Transfer session={session} holdings={balances.value} onFinal={() => setRefresh((n) => n + 1)} />
      )}
      {/* Role dashboards: one component per role, shown to accounts that hold the role. */}
      {record.state === 'done' && record.value.roles.includes('central-bank') && (
        <CentralBankDashboard session={session} onFinal={() => setRefresh((n) => n + 1)} />
      )}
      <SessionKeys session={session} />
    </section>
  );
}
