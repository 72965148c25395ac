import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LangContext, translator, type Lang, type Translate } from './i18n.ts';
import { liveFeed } from './live/feed.ts';
import { href, navigate, useRoute, type Route } from './router.ts';
import { Account } from './screens/Account.tsx';
import { AccountView } from './screens/AccountView.tsx';
import { api, ApiError } from './api.ts';
import { BlockDetail } from './screens/BlockDetail.tsx';
import { Blocks } from './screens/Blocks.tsx';
import { Overview } from './screens/Overview.tsx';
import { SignIn } from './screens/SignIn.tsx';
import { TransactionDetail } from './screens/TransactionDetail.tsx';
import { CarrierDashboard } from './screens/dashboards/Carrier.tsx';
import { CommercialBankDashboard } from './screens/dashboards/CommercialBank.tsx';
import { GovernanceDashboard } from './screens/dashboards/Governance.tsx';
import { RegulatorDashboard } from './screens/dashboards/Regulator.tsx';
import { TraderDashboard } from './screens/dashboards/Trader.tsx';
import { BillDetail } from './screens/details/BillDetail.tsx';
import { CreditDetail } from './screens/details/CreditDetail.tsx';
import { PaymentDetail } from './screens/details/PaymentDetail.tsx';
import { ProposalDetail } from './screens/details/ProposalDetail.tsx';
import { signOut, useSession } from './session.ts';
import { SessionWho } from './screens/SessionWho.tsx';
import type { Role } from './trade/identity.ts';

const LANG_KEY = 'silkchain.console.lang';

function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const route = useRoute();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appName');
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);
  // A new screen moves keyboard and screen-reader focus to its content, as a page load would; the
  // first screen leaves focus at the top, where the skip link is.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
    } else {
      main.current?.focus();
    }
  }, [route]);

  return (
    <LangContext.Provider value={{ lang, t }}>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('skipToContent')}
      </a>
      <header class="top">
        <a class="brand" href={href.overview()}>
          {t('appName')}
        </a>
        <Nav route={route} t={t} />
        <Search t={t} />
        <label class="lang">
          <span>{t('language')}</span>
          <select value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value as Lang)} data-testid="language">
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </label>
        <LiveBadge t={t} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Screen route={route} />
      </main>
    </LangContext.Provider>
  );
}

function Nav({ route, t }: { route: Route; t: Translate }) {
  const session = useSession();
  const current = (screens: Route['screen'][]) => (screens.includes(route.screen) ? 'page' : undefined);
  return (
    <nav class="nav" aria-label="Main">
      <a href={href.overview()} aria-current={current(['overview'])}>
        {t('navOverview')}
      </a>
      <a href={href.blocks()} aria-current={current(['blocks', 'block', 'tx', 'account-view'])}>
        {t('navBlocks')}
      </a>
      {session ? (
        <>
          <a href={href.myAccount()} aria-current={current(['account'])}>
            {t('navAccount')}
          </a>
          <RoleLinks roles={session.roles} current={current} t={t} />
          <SessionWho session={session} />
          <button type="button" class="link" onClick={() => (signOut(), navigate(href.overview()))}>
            {t('signOut')}
          </button>
        </>
      ) : (
        <>
          <a href={href.governance()} aria-current={current(['governance', 'proposal'])}>
            {t('navGovernance')}
          </a>
          <a href={href.signIn()} aria-current={current(['sign-in'])}>
            {t('navSignIn')}
          </a>
        </>
      )}
    </nav>
  );
}

/** The dashboards of the signed-in member's roles; governance is every member's. */
function RoleLinks({ roles, current, t }: { roles: readonly Role[]; current: (s: Route['screen'][]) => 'page' | undefined; t: Translate }) {
  const links: [string, string, Route['screen'][]][] = [];
  if (roles.includes('commercial-bank')) links.push([href.bank(), t('navBank'), ['bank']]);
  if (roles.includes('trader')) links.push([href.trader(), t('navTrader'), ['trader']]);
  if (roles.includes('carrier')) links.push([href.carrier(), t('navCarrier'), ['carrier']]);
  if (roles.includes('regulator')) links.push([href.regulator(), t('navRegulator'), ['regulator']]);
  links.push([href.governance(), t('navGovernance'), ['governance', 'proposal']]);
  return (
    <>
      {links.map(([to, label, screens]) => (
        <a key={to} href={to} aria-current={current(screens)}>
          {label}
        </a>
      ))}
    </>
  );
}

function Search({ t }: { t: Translate }) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    const q = text.trim();
    if (/^\d{1,15}$/.test(q)) {
      navigate(href.block(Number(q)));
    } else if (/^[0-9a-fA-F]{64}$/.test(q)) {
      // Transaction ids and account ids are both 64 hex digits: a transaction the node does not
      // know is taken to be an account.
      const id = q.toLowerCase();
      const isTx = await api.transaction(id).then(
        () => true,
        (err) => !(err instanceof ApiError && err.status === 404),
      );
      navigate(isTx ? href.tx(id) : href.account(id));
    } else {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText('');
  }
  return (
    <form class="search" role="search" onSubmit={submit}>
      <label for="search" class="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id="search"
        type="search"
        value={text}
        placeholder={t('searchPlaceholder')}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'search-error' : undefined}
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setInvalid(false);
        }}
      />
      <button type="submit">{t('searchButton')}</button>
      {invalid && (
        <p id="search-error" class="error search-error" role="alert">
          {t('searchInvalid')}
        </p>
      )}
    </form>
  );
}

function LiveBadge({ t }: { t: Translate }) {
  const [ok, setOk] = useState<boolean>();
  useEffect(() => liveFeed.subscribe((s, e) => setOk(s !== undefined && e === undefined)), []);
  return (
    <span class={ok ? 'badge live' : 'badge down'} role="status">
      {ok ? t('live') : '—'}
    </span>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'overview':
      return <Overview />;
    case 'blocks':
      return <Blocks from={route.from} />;
    case 'block':
      return <BlockDetail height={route.height} />;
    case 'tx':
      return <TransactionDetail id={route.id} />;
    case 'account-view':
      return <AccountView id={route.id} />;
    case 'sign-in':
      return <SignIn />;
    case 'account':
      return <Account />;
    case 'bank':
      return <CommercialBankDashboard />;
    case 'trader':
      return <TraderDashboard />;
    case 'carrier':
      return <CarrierDashboard />;
    case 'regulator':
      return <RegulatorDashboard />;
    case 'governance':
      return <GovernanceDashboard />;
    case 'proposal':
      return <ProposalDetail id={route.id} />;
    case 'payment':
      return <PaymentDetail id={route.id} />;
    case 'credit':
      return <CreditDetail id={route.id} />;
    case 'bill':
      return <BillDetail id={route.id} />;
    case 'not-found':
      return <p role="alert">404: {route.path}</p>;
  }
}
