/** One payment (to be built: see docs/console.md). */
export function PaymentDetail({ id }: { id: string }) {
  return <p data-testid="payment-detail">{id}</p>;
}
