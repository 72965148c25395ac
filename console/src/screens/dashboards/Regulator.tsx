import { useT } from '../../i18n.ts';
import { EncryptionKeyForm } from './regulator/EncryptionKeyForm.tsx';
import { FreezeForm } from './regulator/FreezeForm.tsx';
import { MandateView } from './regulator/MandateView.tsx';
import { OpenRecord } from './regulator/OpenRecord.tsx';
import { SignedIn } from './SignedIn.tsx';

/**
 * The regulator's dashboard: what its mandate shows. Its jurisdictions and their members (public
 * registry data), records opened by id (the node answers signed queries with ciphertext only; the
 * content opens in the tab when the regulator is a recipient), and freezing an account. The
 * runtime enforces the regulator role on every action; this screen only follows it.
 */
export function RegulatorDashboard() {
  const t = useT();
  return (
    <SignedIn title="navRegulator" testId="regulator-dashboard">
      {(session) => (
        <>
          <p>{t('regulatorIntro')}</p>
          <MandateView session={session} />
          <EncryptionKeyForm session={session} />
          <OpenRecord session={session} />
          <FreezeForm session={session} />
        </>
      )}
    </SignedIn>
  );
}
