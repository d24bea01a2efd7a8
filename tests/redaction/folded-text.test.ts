import { describe, expect, it } from 'vitest';
import { holdsAnyWord, mayHoldAnyWord } from '../../lib/redaction/folded-text';
import { resetScanCaches } from '../../lib/redaction/scan-caches';

const words = ['absen', 'tard', 'late arrival', 'niñ', 'gpa', 'dob', 'd.o.b'];
const pattern = /absen|tard|late arrival|niñ|gpa|dob|d\.o\.b/iu;
const lesson = 'the students compare fractions using number lines and area models while the teacher asks questions. ';

describe('holdsAnyWord', () => {
  it('answers as the keyword pattern does, on short lines and on long texts', () => {
    resetScanCaches();
    const texts = [
      'Marcus was ABSENT twice',
      'Tardies: 4',
      'LATE ARRIVAL at 8:10',
      'la NIÑA de 2º',
      'nothing to see',
      'GPA 3.2',
      'D.O.B. 04/02/2016',
      'a dob',
      'd-o-b is not it',
      '',
    ];
    for (const t of texts) {
      expect(holdsAnyWord(t, words, pattern), t).toBe(pattern.test(t));
      const long = `${lesson.repeat(60)}${t}\n${lesson.repeat(20)}`;
      expect(long.length).toBeGreaterThan(2_048);
      expect(holdsAnyWord(long, words, pattern), `long: ${t}`).toBe(pattern.test(long));
    }
  });

  it('leaves a text holding a character whose case folding differs from its lower case to the pattern', () => {
    // "İ" lower-cases to "i" and a combining dot, yet /iu does not match it to "i"; the long s and the Kelvin sign
    // fold to "s" and "k".
    const i = /idea/iu;
    expect(holdsAnyWord('\u0130DEA', ['idea'], i)).toBe(false);
    expect(holdsAnyWord(`${lesson.repeat(30)}\u0130DEA`, ['idea'], i)).toBe(false);
    expect(holdsAnyWord('ab\u017fent', ['absen'], /absen/iu)).toBe(true);
    expect(holdsAnyWord('ab\u017fent', ['absen'], /absen/i)).toBe(false);
    expect(holdsAnyWord('\u212aick', ['kick'], /kick/iu)).toBe(true);
  });
});

describe('mayHoldAnyWord', () => {
  it('finds a word in a long text wherever it sits, and rules out words the text lacks', () => {
    resetScanCaches();
    const long = `${lesson.repeat(50)}Referral slip\n${lesson.repeat(50)}`;
    expect(mayHoldAnyWord(long, ['suspension', 'referral'])).toBe(true);
    expect(mayHoldAnyWord(long, ['suspension', 'expelled'])).toBe(false);
    expect(mayHoldAnyWord(long, ['fr', 'zq'])).toBe(true);
    expect(mayHoldAnyWord(long, ['zq'])).toBe(false);
    expect(mayHoldAnyWord(`${long}zq`, ['zq'])).toBe(true);
  });
});
