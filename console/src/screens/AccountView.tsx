import { api } from '../api.ts';
import { fromHex } from '../chain/hex.ts';
import { useT } from '../i18n.ts';
import { formatAmount } from '../trade/currency.ts';
import { accountTarget, decodeAccountRecord, decodeMember } from '../trade/identity.ts';
import { ErrorNote, Facts, Hex, Loading, useAsync } from '../ui.tsx';
import { holdings, WATCHED_CURRENCIES } from './Account.tsx';

/**
 * Any account by id, as the public queries show it: member registry entry (if a member), account
 * record (roles, nonce, frozen) and balances of the watched currencies.
 */
export function AccountView({ id }: { id: string }) {
  const t = useT();
  const account = fromHex(id);
  const member = useAsync(
    () => api.query('identity', 'member', accountTarget(account)).then((r) => decodeMember(r.response)).catch(() => undefined),
    [id],
  );
  const record = useAsync(() => api.query('identity', 'account', accountTarget(account)).then((r) => decodeAccountRecord(r.response)), [id]);
  const balances = useAsync(() => holdings(account), [id]);
  const m = member.state === 'done' ? member.value : undefined;
  return (
    <section aria-labelledby="account-view-title">
      <h1 id="account-view-title">{t('accountTitle', { member: m?.name ?? '' })}</h1>
      <Facts
        rows={[
          [t('accountId'), <Hex value={id} />],
          [t('nodeId'), member.state !== 'done' ? '…' : m ? `${m.id} (${m.jurisdiction}${m.bic ? ', ' + m.bic : ''})` : t('unknownMember')],
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
    </section>
  );
}
