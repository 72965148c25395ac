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
