/** One credit (to be built: see docs/console.md). */
export function CreditDetail({ id }: { id: string }) {
  return <p data-testid="credit-detail">{id}</p>;
}
