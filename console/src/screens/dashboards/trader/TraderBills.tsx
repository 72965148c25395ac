import type { Session } from '../../../session.ts';

/** Section of a role dashboard (to be built: see docs/console.md). */
export function TraderBills(_: { session: Session }) {
  return null;
}
