import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { AfterCapture, afterCaptureItem } from '@/lib/settings/after-capture';
import { useStoredValue } from './use-stored-value';

const choices: { value: AfterCapture; label: string; hint: string }[] = [
  { value: 'trace', label: 'flow_afterCaptureTrace', hint: 'flow_afterCaptureTraceHint' },
  { value: 'conversation', label: 'flow_afterCaptureConversation', hint: 'flow_afterCaptureConversationHint' },
];

/** "After capturing, open: the trace / the conversation" (the trace by default). */
export function AfterCaptureSection() {
  const stored = useStoredValue(afterCaptureItem);
  const [status, setStatus] = useState('');
  // The choice shows at once; the stored value catches up a moment later. Without this the radio went back to the
  // old choice until storage answered (a checked radio that unchecks itself, seen in the e2e, 2026-11).
  const [chosen, setChosen] = useState<{ value: AfterCapture; over: unknown } | null>(null);
  // Once storage has moved on from the value the click was made over, it speaks for itself again.
  useEffect(() => {
    if (chosen && stored !== chosen.over) setChosen(null);
  }, [chosen, stored]);
  if (stored === undefined) return null;
  const storedValue = AfterCapture.safeParse(stored).data ?? 'trace';
  // A change made elsewhere (another Options tab, a restored backup) wins over this page's last click.
  const value = chosen && chosen.over === stored ? chosen.value : storedValue;

  const choose = async (next: AfterCapture) => {
    setChosen({ value: next, over: stored });
    await afterCaptureItem.setValue(next);
    setStatus(t('flow_afterCaptureSaved'));
  };

  return (
    <section className="opt-section" aria-labelledby="opt-after-capture-heading">
      <h2 id="opt-after-capture-heading">{t('flow_afterCaptureHeading')}</h2>
      <fieldset className="opt-checks">
        <legend>{t('flow_afterCaptureLegend')}</legend>
        {choices.map((choice) => (
          <div key={choice.value} className="opt-check">
            <input
              id={`opt-after-capture-${choice.value}`}
              type="radio"
              name="after-capture"
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={`opt-after-capture-${choice.value}-hint`}
              onChange={() => void choose(choice.value)}
            />
            <label htmlFor={`opt-after-capture-${choice.value}`}>{t(choice.label)}</label>
            <p id={`opt-after-capture-${choice.value}-hint`} className="muted">
              {t(choice.hint)}
            </p>
          </div>
        ))}
      </fieldset>
      <p role="status" className="opt-status">
        {status}
      </p>
    </section>
  );
}
