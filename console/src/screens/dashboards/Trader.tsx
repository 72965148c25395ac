import { SignedIn } from './SignedIn.tsx';
import { TraderBills } from './trader/TraderBills.tsx';
import { TraderCredits } from './trader/TraderCredits.tsx';
import { TraderPayments } from './trader/TraderPayments.tsx';

/** A trader's dashboard: its payments, its letters of credit and documents to present, its bills of lading. */
export function TraderDashboard() {
  return (
    <SignedIn title="navTrader" testId="trader-dashboard">
      {(session) => (
        <>
          <TraderPayments session={session} />
          <TraderCredits session={session} />
          <TraderBills session={session} />
        </>
      )}
    </SignedIn>
  );
}
