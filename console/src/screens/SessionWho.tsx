import { useContext, useEffect } from 'preact/hooks';
import { formatTime } from '../ui.tsx';
import { LangContext } from '../i18n.ts';
import { href, navigate } from '../router.ts';
import { type Session, signOut } from '../session.ts';
import { toHex } from '../chain/hex.ts';

/** Longest a timer is set for: setTimeout overflows past 2^31 - 1 ms (about 24.8 days). */
const MAX_WAIT = 60_000;

/**
 * Who is signed in, for the header: the member's id, else the account id (a bank's customer); for a
 * delegated session key also "session key, valid until ...". A session key's session ends when its
 * delegation expires: the tab signs out then (by this browser's clock; the chain refuses the key
 * from the first block after its expiry whatever the clock says).
 */
export function SessionWho({ session }: { session: Session }) {
  const { lang, t } = useContext(LangContext);
  const expires = session.delegated?.expiresAtMillis;
  useEffect(() => {
    if (expires === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const left = Number(expires) - Date.now();
      if (left <= 0) {
        signOut();
        navigate(href.signIn());
      } else {
        timer = setTimeout(check, Math.min(left, MAX_WAIT));
      }
    };
    check();
    return () => clearTimeout(timer);
  }, [expires]);
  const who = session.member?.id ?? toHex(session.accountId).slice(0, 16) + '…';
  return (
    <span class="who" data-testid="signed-in">
      {t('signedInAs', { member: who })}
      {expires !== undefined && (
        <span data-testid="session-expiry">
          {' '}
          {t('delegationSessionUntil', { time: formatTime(Number(expires), lang) })}
        </span>
      )}
    </span>
  );
}
