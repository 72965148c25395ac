import { api } from '../api.ts';
import { fromHex } from '../chain/hex.ts';
import { useT } from '../i18n.ts';
import { accountTarget, decodeAccountRecord, decodeMember } from '../trade/identity.ts';
import { ErrorNote, Facts, Hex, useAsync } from '../ui.tsx';
import { Balances, holdings } from './Balances.tsx';

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
      <Balances balances={balances} />
    </section>
  );
}
