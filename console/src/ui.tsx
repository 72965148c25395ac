import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.ts';
import { useT } from './i18n.ts';

/** Small pieces shared by the screens. */

/** A long hex value: shortened on screen, whole for copying and for screen readers. */
export function Hex({ value, short = false }: { value: string; short?: boolean }) {
  const shown = short && value.length > 20 ? `${value.slice(0, 10)}…${value.slice(-8)}` : value;
  return (
    <code class="hex" title={value} aria-label={short ? value : undefined}>
      {shown}
    </code>
  );
}

/** A two-column list of labelled facts. */
export function Facts({ rows, label }: { rows: [string, ComponentChildren][]; label?: string }) {
  return (
    <dl class="facts" aria-label={label}>
      {rows.map(([k, v]) => (
        <div class="fact" key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  const text =
    error instanceof ApiError && error.status === 404
      ? t('notFound', { message: error.message })
      : error instanceof ApiError
        ? `${error.code}: ${error.message}`
        : String(error instanceof Error ? error.message : error);
  return (
    <p class="error" role="alert">
      {text}
    </p>
  );
}

export function Loading() {
  const t = useT();
  return <p aria-busy="true">{t('loading')}</p>;
}

export type Async<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; error: unknown };

/** Runs `load` whenever `deps` change; a stale answer never overwrites a newer one. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ state: 'done', value }),
      (error) => live && setResult({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return result;
}

export function formatTime(millis: number, lang: string): string {
  return new Date(millis).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
}
