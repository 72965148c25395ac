/** One bill (to be built: see docs/console.md). */
export function BillDetail({ id }: { id: string }) {
  return <p data-testid="bill-detail">{id}</p>;
}
