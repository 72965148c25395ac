/** One governance proposal (to be built: see docs/console.md). */
export function ProposalDetail({ id }: { id: number }) {
  return <p data-testid="proposal-detail">{id}</p>;
}
