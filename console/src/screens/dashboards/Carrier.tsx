import { SignedIn } from './SignedIn.tsx';

/** The carrier dashboard (to be built: see docs/console.md). */
export function CarrierDashboard() {
  return (
    <SignedIn title="navCarrier" testId="carrier-dashboard">
      {() => null}
    </SignedIn>
  );
}
