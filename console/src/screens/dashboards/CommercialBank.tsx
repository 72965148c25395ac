import { BankCredits } from './bank/BankCredits.tsx';
import { BankPayments } from './bank/BankPayments.tsx';
import { OpenCustomer } from './bank/OpenCustomer.tsx';
import { SignedIn } from './SignedIn.tsx';

/** A commercial bank's dashboard: payments and FX, then letters of credit to advise, examine or pay, then onboarding customers. */
export function CommercialBankDashboard() {
  return (
    <SignedIn title="navBank" testId="bank-dashboard">
      {(session) => (
        <>
          <BankPayments session={session} />
          <BankCredits session={session} />
          <OpenCustomer session={session} />
        </>
      )}
    </SignedIn>
  );
}
