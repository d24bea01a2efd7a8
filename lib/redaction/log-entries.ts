import type { Detection } from './detection';
import { compiledEarly } from './compiled-early';

/**
 * A nurse's, counsellor's or behaviour log writes one entry a line: a date, often a time, then the child as
 * initials or a first name and an initial ("10/8 1005 J.P. asthma, albuterol…", "3/2 - K.M. sent to office").
 * Right after the stamp, initials or a first name with an initial are the child (a word alone there is too often a place or an
 * event to count).
 */
const logEntry = compiledEarly(
  /^\s*(?:[-*•]\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+(?:(?:at\s+)?\d{1,2}:?\d{2}(?:\s?[ap]\.?m\.?)?\s+)?(?:[-–—:|]\s+)?(\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\.)(?=[\s,:;]|$)/u,
);

/** Initials that are a country, a city or a time of day, not a child. */
const notAChild = /^(?:U\.?S|U\.?K|D\.?C|U\.?N|E\.?U|A\.?M|P\.?M|B\.?C|A\.?D|E\.?E\.?U\.?U|N\.?Y|L\.?A)\.$/u;

export function findLogEntryNames(line: string): Detection[] {
  const m = line.match(logEntry);
  if (!m) return [];
  const name = m[1] as string;
  if (notAChild.test(name.replace(/\s/g, ''))) return [];
  const start = (m.index ?? 0) + m[0].length - name.length;
  return [
    {
      kind: 'studentName',
      text: name,
      start,
      key: name.toLowerCase().replace(/\s/g, ''),
      reason: { code: 'logEntry', detail: '' },
      scope: 'global',
    },
  ];
}
