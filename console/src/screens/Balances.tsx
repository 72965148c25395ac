import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { currencyAccount, currencyCode, decodeBalance, decodeCurrencyInfo, formatAmount, type CurrencyInfo } from '../trade/currency.ts';
import { ErrorNote, Loading, type Async } from '../ui.tsx';

/** The currencies whose balances the account screens ask for. */
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

/** An account's balances as a table (own account and any account viewed by id alike). */
export function Balances({ balances }: { balances: Async<Holding[]> }) {
  const t = useT();
  return (
    <>
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
    </>
  );
}
