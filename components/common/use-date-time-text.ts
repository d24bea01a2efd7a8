import { useEffect, useState } from 'react';
import { formatDateTime, isDateFormatterWarm } from '@/components/library/format-date';

/**
 * A date and time as text, formatted at once when that is cheap and otherwise once the page is idle (undefined
 * until then). The first date a page formats loads the browser's date data: 64–143 ms of the main thread in a
 * capture's draft render (fastest-path e2e, 2026-12-01), and 132 ms when it was paid in an idle callback at the
 * panel's start instead: the callback ran in a gap while the panel waited for its route and the database, and held
 * the draft back by as much (CPU profile of the real side panel, panel closed, load 9, 2026-12-01). A line such as
 * "updated …" is not what the teacher acts on, so it may show a moment after the draft.
 */
export function useDateTimeText(epochMs: number | undefined): string | undefined {
  const [formatted, setFormatted] = useState<{ epochMs: number; text: string }>();
  const isCheap = epochMs !== undefined && isDateFormatterWarm();
  useEffect(() => {
    if (epochMs === undefined || isCheap) return;
    const format = () => setFormatted({ epochMs, text: formatDateTime(epochMs) });
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(format, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(format, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, [epochMs, isCheap]);
  if (epochMs === undefined) return undefined;
  if (isCheap) return formatDateTime(epochMs);
  return formatted?.epochMs === epochMs ? formatted.text : undefined;
}
