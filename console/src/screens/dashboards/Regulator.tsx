import { SignedIn } from './SignedIn.tsx';

/** The regulator dashboard (to be built: see docs/console.md). */
export function RegulatorDashboard() {
  return (
    <SignedIn title="navRegulator" testId="regulator-dashboard">
      {() => null}
    </SignedIn>
  );
}
