import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';
import { findInitialsNames } from '../../lib/redaction/initials-names';
import { findCaseloadNames } from '../../lib/redaction/caseload-lines';
import { findMessageSenders } from '../../lib/redaction/message-senders';

/**
 * Children and parents named by the shape of what staff paste, not by a cue beside each name (part 10 and 11's
 * misses, 1 Dec 2026): a coach's sheet with an "athlete" column (field-names.ts), a WhatsApp export with the time
 * alone in brackets (chat-senders.ts), "la mami de …" (context-names.ts), a list of family messages "from …:"
 * (message-senders.ts), a caseload kept as initials (initials-names.ts) and a counsellor's sticky notes "name,
 * grade, note" (caseload-lines.ts). Sentences written for this file, in no corpus part; each shape has a look-alike.
 */
const details: Probe[] = [
  p(
    'athlete | sport | GPA | notes\nTobias Wrenfield | XC | 2.1 | ankle sprain\nMarisol Achterberg | SB | 3.4 | cleared',
    ['Tobias Wrenfield', 'Marisol Achterberg'],
  ),
  p(
    '[6:48] Nereida Castillo: maestra buenos días, mi hijo Josmar no va hoy porque tiene fiebre\n[6:55] Wendy Polanco: profe la mami de Yulissa pregunta por la tarea',
    ['Nereida Castillo', 'Josmar', 'fiebre', 'Wendy Polanco', 'Yulissa'],
  ),
  p(
    'Please draft short replies to these:\n1) from Oksana Feldmann: "Hi! Is the field trip form due Friday? Leo lost his"\n2) from "Mr. D" (Priya Dasgupta\'s dad): "can we move Priya\'s IEP meeting?"\n3) from Coach Rivera (PE): "field day moved to Tuesday"',
    ['Oksana Feldmann', 'Mr. D', 'Priya Dasgupta', 'IEP'],
    ['Coach Rivera'],
  ),
  p(
    'My caseload notes, initials only in the answer:\n1. **R.T. (11th)** — failing chemistry, mom worried about her sleep.\n2. **J.M.W. (9th)** — has a 504 for anxiety, missed 6 days.\n3. **L.K.** — he asked about dual credit.',
    ['R.T.', 'J.M.W.', 'L.K.', '504 for anxiety'],
  ),
  p(
    'sticky notes from today:\n- priscilla hoang 10th - says her mom lost her job, not eating\n- Ode Balogun 12th - wants to drop AP Stats, 52 right now\n- Wren T. (Talley) 9th - his dad called about bullying',
    ['priscilla hoang', 'Ode Balogun', 'Wren T.'],
  ),
];

const lookAlikes: [string, string[]][] = [
  ['athlete | sport | medals\nJesse Owens | track | 4\nSimone Biles | gymnastics | 7', ['Jesse Owens', 'Simone Biles']],
  [
    'Schedule:\n10:15 Reading Workshop: Ms. Lee leads the mini-lesson\n11:00 Math Centers: fractions on a number line',
    ['Reading Workshop', 'Math Centers'],
  ],
  [
    'Primary sources for the DBQ:\n- from Abraham Lincoln: "Four score and seven years ago…"\n- from Frederick Douglass: "What to the slave is the Fourth of July?"',
    ['Abraham Lincoln', 'Frederick Douglass'],
  ],
  [
    'Staff bio, education:\n- B.A. — University of Texas, 2009\n- M.A. — Texas State, 2014\nAbbreviations for the map quiz:\n- U.S. — United States\n- D.C. — District of Columbia',
    ['B.A.', 'M.A.', 'U.S.', 'D.C.'],
  ],
  [
    'Standards by grade:\n- Reading Literature 3rd - students describe characters\n- Informational Text 4th - students explain events',
    ['Reading Literature', 'Informational Text'],
  ],
];

describe('names by the shape of what staff paste', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);

  test('a single line of initials is no list; a degree counts only beside a school grade', () => {
    expect(findInitialsNames('1. **R.T. (11th)** — failing chemistry, her mom called.')).toEqual([]);
    expect(
      findInitialsNames('1. **M.D. (12th)** — his mom called.\n2. **A.B.** — she missed 3 days.').map((d) => d.text),
    ).toEqual(['M.D.', 'A.B.']);
    expect(findInitialsNames('- M.D. — Baylor, 2001\n- A.B. — she missed 3 days.\n- C.D. — he is back.')).toHaveLength(
      2,
    );
  });

  test('one sticky note alone, or a message list of one, names no one', () => {
    expect(findCaseloadNames('- priscilla hoang 10th - says her mom lost her job')).toEqual([]);
    expect(findMessageSenders('1) from Oksana Feldmann: "Hi! Is the form due Friday?"')).toEqual([]);
  });
});
