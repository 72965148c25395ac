import { SignedIn } from './SignedIn.tsx';

/** The governance dashboard (to be built: see docs/console.md). */
export function GovernanceDashboard() {
  return (
    <SignedIn title="navGovernance" testId="governance-dashboard">
      {() => null}
    </SignedIn>
  );
}
