import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (#/blocks/12), so that the node serves one index.html and every screen has an
 * address that can be bookmarked or shared.
 */
export type Route =
  | { screen: 'overview' }
  | { screen: 'blocks'; from?: number }
  | { screen: 'block'; height: number }
  | { screen: 'tx'; id: string }
  | { screen: 'account-view'; id: string }
  | { screen: 'sign-in' }
  | { screen: 'account' }
  | { screen: 'bank' }
  | { screen: 'trader' }
  | { screen: 'carrier' }
  | { screen: 'regulator' }
  | { screen: 'governance' }
  | { screen: 'proposal'; id: number }
  | { screen: 'payment'; id: string }
  | { screen: 'credit'; id: string }
  | { screen: 'bill'; id: string }
  | { screen: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  let m: RegExpExecArray | null;
  if (path === '/') return { screen: 'overview' };
  if ((m = /^\/blocks(?:\?from=(\d+))?$/.exec(path))) {
    return { screen: 'blocks', from: m[1] === undefined ? undefined : Number(m[1]) };
  }
  if ((m = /^\/blocks\/(\d+)$/.exec(path))) return { screen: 'block', height: Number(m[1]) };
  if ((m = /^\/tx\/([0-9a-fA-F]{64})$/.exec(path))) return { screen: 'tx', id: m[1].toLowerCase() };
  if ((m = /^\/accounts\/([0-9a-fA-F]{64})$/.exec(path))) return { screen: 'account-view', id: m[1].toLowerCase() };
  if (path === '/sign-in') return { screen: 'sign-in' };
  if (path === '/account') return { screen: 'account' };
  if ((m = /^\/(bank|trader|carrier|regulator|governance)$/.exec(path))) {
    return { screen: m[1] as 'bank' | 'trader' | 'carrier' | 'regulator' | 'governance' };
  }
  if ((m = /^\/governance\/proposals\/(\d{1,15})$/.exec(path))) return { screen: 'proposal', id: Number(m[1]) };
  if ((m = /^\/(payments|credits|bills)\/([0-9a-fA-F]{64})$/.exec(path))) {
    const screen = ({ payments: 'payment', credits: 'credit', bills: 'bill' } as const)[m[1] as 'payments' | 'credits' | 'bills'];
    return { screen, id: m[2].toLowerCase() };
  }
  return { screen: 'not-found', path };
}

export const href = {
  overview: () => '#/',
  blocks: (from?: number) => (from === undefined ? '#/blocks' : `#/blocks?from=${from}`),
  block: (height: number) => `#/blocks/${height}`,
  tx: (id: string) => `#/tx/${id}`,
  account: (id: string) => `#/accounts/${id}`,
  signIn: () => '#/sign-in',
  myAccount: () => '#/account',
  bank: () => '#/bank',
  trader: () => '#/trader',
  carrier: () => '#/carrier',
  regulator: () => '#/regulator',
  governance: () => '#/governance',
  proposal: (id: number | bigint) => `#/governance/proposals/${id}`,
  payment: (id: string) => `#/payments/${id}`,
  credit: (id: string) => `#/credits/${id}`,
  bill: (id: string) => `#/bills/${id}`,
};

export function navigate(to: string): void {
  window.location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
