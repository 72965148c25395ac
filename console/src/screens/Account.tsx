import { api } from '../api.ts';
import { toHex } from '../chain/hex.ts';
import { useT } from '../i18n.ts';
import { useSession, type Session } from '../session.ts';
import { currencyAccount, currencyCode, decodeBalance, decodeCurrencyInfo, formatAmount, type CurrencyInfo } from '../trade/currency.ts';
import { accountTarget, decodeAccountRecord } from '../trade/identity.ts';
import { ErrorNote, Facts, Hex, Loading, useAsync } from '../ui.tsx';
import { Transfer } from './Transfer.tsx';
import { CentralBankDashboard } from './dashboards/CentralBank.tsx';
import { href } from '../router.ts';
import { useState } from 'preact/hooks';

/** The currencies whose balances the account screen asks for. */
export const WATCHED_CURRENCIES = ['CNY', 'SGD', 'USD', 'EUR', 'HKD'];

export interface Holding {
  info: CurrencyInfo;
  balance: bigint;
}

/** Balances of the watched currencies that exist on the network. */
export async function holdings(account: Uint8Array): Promise<Holding[]> {
  const found = await Promise.all(
    WATCHED_CURRENCIES.map(async (code) => {
      try {
        const info = decodeCurrencyInfo((await api.query('currency', 'info', currencyCode(code))).response);
        const balance = await api
          .query('currency', 'balance', currencyAccount(code, account))
          .then((r) => decodeBalance(r.response))
          .catch(() => 0n);
        return { info, balance };
      } catch {
        return undefined;
      }
    }),
  );
  return found.filter((h): h is Holding => h !== undefined);
}

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
      <h2>{t('balancesTitle')}</h2>
      {balances.state === 'loading' && <Loading />}
      {balances.state === 'failed' && <ErrorNote error={balances.error} />}
      {balances.state === 'done' &&
        (balances.value.length === 0 ? (
          <p>{t('noBalances', { codes: WATCHED_CURRENCIES.join(', ') })}</p>
        ) : (
          <table class="balances">
            <caption class="visually-hidden">{t('balancesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('currency')}</th>
                <th scope="col" class="num">
                  {t('balance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {balances.value.map((h) => (
                <tr key={h.info.code}>
                  <td>{h.info.code}</td>
                  <td class="num" data-testid={`balance-${h.info.code}`}>
                    {formatAmount(h.balance, h.info.minorUnits)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {balances.state === 'done' && balances.value.length > 0 && (
        <Transfer session={session} holdings={balances.value} onFinal={() => setRefresh((n) => n + 1)} />
      )}
      {/* Role dashboards: one component per role, shown to accounts that hold the role. */}
      {record.state === 'done' && record.value.roles.includes('central-bank') && (
        <CentralBankDashboard session={session} onFinal={() => setRefresh((n) => n + 1)} />
      )}
    </section>
  );
}
