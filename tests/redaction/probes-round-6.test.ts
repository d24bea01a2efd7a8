import { describe, expect, test } from 'vitest';
import { probe as p, redactedText, scoreProbe, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Sixth probe round (1 Dec 2026, 01:20, written before any rule change of that round, sentences from no corpus
 * part): teacher prompts and AI answers in shapes the corpus does not cover — names with no cue (numbered and
 * lower-case lists, a CSV without a header, a first name alone after the full name), grades written as words
 * or bands, health and medicine words outside the lists, special-education vocabulary, IDs with dashes — and
 * look-alikes in the same shapes: word problems with names, characters with a grade or a condition, a greeting
 * to a cartoon character, a worked example with "her score of 98", a lesson about peanuts beside an Allergies
 * column. The teacher is "Ana García". First score in tests/fixtures/redaction/README.md.
 */
const probesRound6: Probe[] = [
  // Names with no cue.
  p('Make flashcards for these kids:\n1. Harper Quinn\n2. Dominic Frey\n3. Leilani Akana', [
    'Harper Quinn',
    'Dominic Frey',
    'Leilani Akana',
  ]),
  p('kids who need the retake: maria lopez, ben ortiz and kayla wu', ['maria lopez', 'ben ortiz', 'kayla wu']),
  p('Thiago Brandão wrote a strong intro. Later in the essay, Thiago loses focus.', ['Thiago Brandão', 'Thiago']),
  p('Rewrite these comments so they sound kinder:\nGreta - never turns in homework\nOllie - talks constantly', [
    'Greta',
    'Ollie',
  ]),
  p('Jonas Whitfield,8,reading below level\nPetra Novak,7,new to school', ['Jonas Whitfield', 'Petra Novak']),
  p('Here is a comment for Bastian:\n\nBastian has grown a lot as a reader this term.', ['Bastian']),
  p('Write an IEP goal for Yusuf, a 4th grader with dysgraphia.', ['Yusuf', 'dysgraphia']),
  p('Los alumnos de refuerzo son Iria, Xabi y Noa.', ['Iria', 'Xabi', 'Noa'], [], { language: 'es' }),
  p('Signed, Jolene Whitaker (Harper’s grandmother)', ['Jolene Whitaker', 'Harper']),
  // Grades in unusual shapes.
  p('Wesley Trent earned 14 out of 20 on the lab and a 2.5 out of 4 on the rubric.', [
    'Wesley Trent',
    '14 out of 20',
    '2.5 out of 4',
  ]),
  p('My student Cora Blum scored in the 12th percentile on the iReady diagnostic.', ['Cora Blum', '12th percentile']),
  p(
    'Mi alumna Inés Vidal sacó un sobresaliente en Lengua y un suspenso en Inglés.',
    ['Inés Vidal', 'sobresaliente', 'suspenso'],
    [],
    { language: 'es' },
  ),
  p('Rafe Lindqvist is "approaching" on standard 4.NBT.5 and "below" on 4.NF.1.', ['Rafe Lindqvist', 'approaching']),
  // Health and medicine words outside the lists.
  p('My student Amira Haddad has celiac disease and uses an inhaler before PE.', [
    'Amira Haddad',
    'celiac disease',
    'inhaler',
  ]),
  p('Jasper Moon takes Adderall XR in the morning and has had two seizures this year.', [
    'Jasper Moon',
    'Adderall XR',
    'seizures',
  ]),
  p('Mi alumno Hugo Lasa es celíaco y toma Concerta 18 mg.', ['Hugo Lasa', 'celíaco', 'Concerta 18 mg'], [], {
    language: 'es',
  }),
  p('Priscilla Avery was diagnosed with Tourette syndrome and sees a therapist for OCD.', [
    'Priscilla Avery',
    'Tourette syndrome',
    'OCD',
  ]),
  // Special-education vocabulary.
  p('My student Dax Holloway gets pull-out resource room support and a behavior intervention plan.', [
    'Dax Holloway',
    'resource room',
    'behavior intervention plan',
  ]),
  p('Linnea Park is Tier 3 in RTI and receives ELL services.', ['Linnea Park', 'Tier 3', 'ELL services']),
  p('Mi alumna Noelia Ros es ACNEE y recibe apoyo de PT y AL.', ['Noelia Ros', 'ACNEE'], [], { language: 'es' }),
  // IDs with dashes.
  p('Student ID: 2024-118-07 (Marisol Ibarra)', ['2024-118-07', 'Marisol Ibarra']),
  p('Número de expediente: 2021-00457, alumno Rodrigo Sanz.', ['2021-00457', 'Rodrigo Sanz'], [], { language: 'es' }),
  p('ID S-20931 belongs to Keanu Albright.', ['S-20931', 'Keanu Albright']),

  // Look-alikes in the same shapes.
  p(
    'Hello Mr. Peanutbutter! Write a fun intro for my BoJack Horseman themed lesson.',
    [],
    ['Mr. Peanutbutter', 'BoJack Horseman'],
  ),
  p(
    'Worked example: Her score of 98 was the highest in the data set 98, 87, 91, 75. The mean is 87.75.',
    [],
    ['98', '87.75'],
  ),
  p(
    'Word problem: Maria has 12 cookies and gives 4 to Juan. How many cookies does Maria have left?',
    [],
    ['Maria', 'Juan'],
  ),
  p(
    'Percy Jackson has ADHD and dyslexia, which helps him read Ancient Greek.',
    [],
    ['Percy Jackson', 'ADHD', 'dyslexia'],
  ),
  p(
    'Junie B. Jones got a C on her spelling test, and Greg Heffley failed his math quiz.',
    [],
    ['Junie B. Jones', 'Greg Heffley'],
  ),
  p(
    'In Wonder, Auggie Pullman has Treacher Collins syndrome and starts fifth grade at Beecher Prep.',
    [],
    ['Auggie Pullman', 'Treacher Collins syndrome'],
  ),
  p('Problema: Pedro tiene 5 manzanas y Lucía le da 3. ¿Cuántas tiene Pedro?', [], ['Pedro', 'Lucía'], {
    language: 'es',
  }),
  p(
    'Alan Turing was born 23 June 1912; Marie Curie won two Nobel Prizes.',
    [],
    ['Alan Turing', '23 June 1912', 'Marie Curie'],
  ),
  p(
    'In The Magic School Bus, Ms. Frizzle takes Arnold inside a body; in Matilda, Miss Honey is kind.',
    [],
    ['Ms. Frizzle', 'Arnold', 'Miss Honey'],
  ),
  p('| Student | Allergies |\n|---|---|\n| Dora Kemp | peanuts |', ['Dora Kemp'], ['peanuts are legumes'], {
    answer: 'Science lesson: peanuts are legumes, not nuts. George Washington Carver found 300 uses for peanuts.',
  }),
  p(
    'Reading level chart: Level 3 (approaching), Level 4 (meeting), Level 5 (exceeding).',
    [],
    ['Level 3 (approaching)'],
  ),
  p('Use IEP goal template: "[Student] will read 90 words per minute by May."', [], ['[Student]']),
];

describe('sixth probe round', () => {
  testDetailProbes(probesRound6);
});

/**
 * Look-alikes in the shapes of the rules the sixth round led to, written after those rules (1 Dec 2026, 02:10):
 * lists introduced by "students"/"kids"/"alumnos" whose items are not children, CSV rows of public figures,
 * a teacher's judgement words on an author, an activity a child "takes", a greeting with "!", an ID-like code.
 */
const lookAlikesOfTheNewRules: [string, string[]][] = [
  ['Students will compare two explorers: Lewis and Clark.', ['Lewis', 'Clark']],
  ['Our students love these characters: Pete the Cat, Elephant and Piggie.', ['Pete the Cat', 'Elephant']],
  ['The children in the story are Hansel and Gretel.', ['Hansel', 'Gretel']],
  ['Students are divided into: Red, Blue, Green', ['Red', 'Blue', 'Green']],
  ['Ada Lovelace,mathematician,England\nGrace Hopper,computer scientist,USA', ['Ada Lovelace', 'Grace Hopper']],
  ['Katherine Johnson,NASA,1918\nDorothy Vaughan,NASA,1910', ['Katherine Johnson', 'Dorothy Vaughan']],
  ['Feedback comments: Clear thesis, Strong evidence, Needs citations', ['Clear thesis', 'Strong evidence']],
  ['Los alumnos estudiarán: Geografía, Historia y Lengua.', ['Geografía', 'Historia', 'Lengua']],
  ['Kids, meet our class pets: Biscuit and Pepper!', ['Biscuit', 'Pepper']],
  [
    'Students read poems by these poets: Emily Dickinson, Robert Frost and Walt Whitman.',
    ['Emily Dickinson', 'Robert Frost', 'Walt Whitman'],
  ],
  ['My student Ana takes Ballet every Monday and Piano on Fridays.', ['Ballet', 'Piano']],
  ['In the unit on immunity we read about Lyme disease and Down syndrome research.', ['Lyme disease']],
  ['Roald Dahl wrote a short story called The Landlady.', ['Roald Dahl']],
  ['Characters: Brian Robeson (Hatchet), Karana (Island of the Blue Dolphins)', ['Brian Robeson', 'Karana']],
  ['Hi Mr. Bear! Today we read Brown Bear, Brown Bear.', ['Mr. Bear']],
];

describe("look-alikes of the sixth round's rules", () => {
  testLookAlikes(lookAlikesOfTheNewRules);

  test('a value from an Allergies column is redacted in its row and where the text avoids it, not in a lesson', () => {
    const out = redactedText({
      text: '| Student | Allergies |\n|---|---|\n| Dora Kemp | peanuts |',
      details: [],
      kept: [],
      answer: 'Seat Dora away from the snack table: no peanuts there. Science lesson: peanuts are legumes, not nuts.',
    });
    expect(out).not.toMatch(/\| peanuts \||no peanuts/);
    expect(out).toContain('Science lesson: peanuts are legumes, not nuts.');
  });
});

/**
 * The known false positive "Her score of 98…" (docs/privacy.md): a pronoun after a person named in full who is no
 * student is about that person; after a student, or with no one named, it is still about the child.
 */
describe('a pronoun refers to the person named before it', () => {
  test.each([
    ['Simone Biles won the all-around title. Her score of 15.3 on vault was the highest.', [], ['15.3']],
    [
      'Write a worked example: Serena Williams served 20 aces. Her score of 98 in the first set is an outlier.',
      [],
      ['98'],
    ],
    ['Her MAP RIT score is 212 and her DRA level is 28.', ['212', '28'], []],
    ['My student Lena Vos did well. Her score of 92% was the best.', ['92%'], []],
  ] as [string, string[], string[]][])('%s', (text, details, kept) => {
    expect(scoreProbe({ text, details, kept })).toEqual({ missed: [], lost: [] });
  });
});
