import { useState } from 'react';
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
  if (stored === undefined) return null;
  const value = AfterCapture.safeParse(stored).data ?? 'trace';

  const choose = async (next: AfterCapture) => {
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
