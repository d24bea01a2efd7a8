import { describe, expect, test } from 'vitest';
import en from '../../locales/en/redaction.json';
import es from '../../locales/es/redaction.json';
import { findStudentData } from '../../lib/redaction/apply';
import { redactionReasonCodes } from '../../lib/redaction/kinds';
import { heldOutCorpus7 } from '../fixtures/redaction/corpus-held-out-7';
import { heldOutCorpus9 } from '../fixtures/redaction/corpus-held-out-9';
import { docOfSample } from './evaluate-corpus';

/**
 * The preview explains each finding in the teacher's language. A reason's detail is quoted into that sentence
 * ("ligado a un estudiante por «…»"), so it must be words from the trace itself (a header, a key, a cue), never
 * an English description written by a rule: those became codes of their own with their own messages.
 */
describe('the reasons the preview shows', () => {
  test.each(redactionReasonCodes)('%s has a message in English and Spanish', (code) => {
    const key = `redaction_reason_${code}`;
    expect((en as Record<string, { message: string }>)[key]?.message).toBeTruthy();
    expect((es as Record<string, { message: string }>)[key]?.message).toBeTruthy();
  });

  test('a quoted detail is words of the trace, not a description written by a rule', () => {
    for (const sample of [...heldOutCorpus9, ...heldOutCorpus7]) {
      const doc = docOfSample(sample);
      const wholeText = [doc.title, ...doc.turns.flatMap((t) => [t.text, t.markdown])].join('\n').toLowerCase();
      for (const finding of findStudentData(doc, sample.roster ?? [])) {
        const detail = finding.reason.detail.trim().toLowerCase();
        if (detail && finding.reason.code !== 'custom' && finding.reason.code !== 'roster')
          expect(wholeText, `${sample.id}: ${finding.reason.code} «${finding.reason.detail}»`).toContain(detail);
      }
    }
  });
});
