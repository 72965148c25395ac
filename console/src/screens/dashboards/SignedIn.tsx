import type { ComponentChildren } from 'preact';
import { useT, type MessageKey } from '../../i18n.ts';
import { href } from '../../router.ts';
import { useSession, type Session } from '../../session.ts';

/**
 * A dashboard's frame: its title, and its content only for a signed-in member (others get a link
 * to sign in). The runtime checks every action's role anyway; showing a dashboard only to its role
 * is for clarity, not security.
 */
export function SignedIn({ title, testId, children }: { title: MessageKey; testId: string; children: (session: Session) => ComponentChildren }) {
  const t = useT();
  const session = useSession();
  return (
    <section aria-labelledby={`${testId}-title`} class="dashboard" data-testid={testId}>
      <h1 id={`${testId}-title`}>{t(title)}</h1>
      {session ? (
        children(session)
      ) : (
        <p>
          <a href={href.signIn()}>{t('mustSignIn')}</a>
        </p>
      )}
    </section>
  );
}
