import { useT } from '../i18n.ts';

/**
 * Under a form that opens a key file in the tab: how far its decryption is while it runs, then
 * what went wrong, if anything; announced to screen readers as it changes.
 */
export function KeyFileStatus({ progress, error }: { progress: number | undefined; error: string | undefined }) {
  const t = useT();
  return (
    <div aria-live="polite">
      {progress !== undefined && <p>{t('decrypting', { percent: progress })}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
