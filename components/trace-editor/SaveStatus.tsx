import type { AutosaveState } from '@/lib/trace/trace-autosave';
import { t } from '@/lib/i18n/t';

const keys: Record<AutosaveState, string> = {
  saved: 'editor_saved',
  pending: 'editor_saving',
  saving: 'editor_saving',
  error: 'editor_saveRetrying',
  gone: 'editor_saveGone',
};

/** "Saving…" / "Saved", announced politely so screen-reader users know their words are kept. */
export function SaveStatus({ state }: { state: AutosaveState }) {
  return (
    <p className={`te-save te-save-${state}`} role="status" aria-live="polite">
      {t(keys[state])}
    </p>
  );
}
