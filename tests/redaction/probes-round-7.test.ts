import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Seventh probe round (1 Dec 2026, 01:45, written after the sixth round's rules and before any change it led
 * to; sentences from no corpus part): code and JSON arrays of names, a parent's e-mail, progress-monitoring
 * notes, standards-based marks, more medicine and support words, Spanish reports and family notes, IDs with a
 * hash or a prefix; and look-alikes: public figures with a condition, "Tier 2 words", a school named after a
 * person, "Students: 24", characters with marks. First score in tests/fixtures/redaction/README.md.
 */
const probesRound7: Probe[] = [
  p('```js\nconst readingGroup = ["Amaya", "Bodhi", "Cruz", "Delphine"];\n```', ['Amaya', 'Bodhi', 'Cruz', 'Delphine']),
  p('{"students": [{"name": "Ezekiel Hart", "level": "K"}, {"name": "Freya Lund", "level": "M"}]}', [
    'Ezekiel Hart',
    'Freya Lund',
  ]),
  p(
    'From: Monique Baptiste\nSubject: Jalen\n\nHello, this is Jalen’s mom. He has been having panic attacks before tests. Can he take them in the library? Thank you, Monique',
    ['Monique Baptiste', 'Jalen', 'panic attacks', 'Monique'],
  ),
  p('Progress monitoring 11/3: Soren — 42 wcpm (goal 60). Soren — 3/10 on nonsense words.', [
    'Soren',
    '42 wcpm',
    '3/10',
  ]),
  p('Q2 standards report for Anneliese Vogt: Reading 2 (Approaching), Writing 3 (Meets).', [
    'Anneliese Vogt',
    '2 (Approaching)',
    '3 (Meets)',
  ]),
  p('Write a note for Tobias Grant: failing with a 54 in science and wears an insulin pump.', [
    'Tobias Grant',
    '54',
    'insulin pump',
  ]),
  p('My student Marisela is on meds for ADHD and has a G-tube; her SDI minutes are 120 a week.', [
    'Marisela',
    'ADHD',
    'G-tube',
    'SDI minutes',
  ]),
  p(
    'Informe de Lucía Herrero: toma Sintrom y tiene hipoacusia en el oído izquierdo.',
    ['Lucía Herrero', 'Sintrom', 'hipoacusia'],
    [],
    { language: 'es' },
  ),
  p(
    'Los padres de Gonzalo Ibáñez piden una reunión: Gonzalo tiene dictamen de escolarización.',
    ['Gonzalo Ibáñez', 'Gonzalo', 'dictamen de escolarización'],
    [],
    { language: 'es' },
  ),
  p('Tutor legal: Ramón Quintero, tel. 690 11 22 33', ['Ramón Quintero', '690 11 22 33'], [], { language: 'es' }),
  p('Student #20391 (Wynn) needs a retake; lunch PIN 4432-1.', ['20391', 'Wynn', '4432-1']),
  p('Kids with peanut-free lunches: kenji, Rosalind, and Basil T.', ['kenji', 'Rosalind', 'Basil T.']),
  p('Casey Nwosu is a newcomer from Nigeria and receives ESOL pull-out three times a week.', [
    'Casey Nwosu',
    'ESOL pull-out',
  ]),
  p('Lorenzo got Level 2 on the state math test and a 1 (Beginning) in ELA.', ['Lorenzo', 'Level 2', '1 (Beginning)']),
  p('Note to self: call Mrs. Ferreira about Davi’s hearing loss in his left ear.', [
    'Ferreira',
    'Davi',
    'hearing loss',
  ]),

  // Look-alikes.
  p(
    'Franklin D. Roosevelt had polio; Helen Keller was deaf and blind.',
    [],
    ['Franklin D. Roosevelt', 'polio', 'Helen Keller', 'deaf'],
  ),
  p(
    'Teach these Tier 2 words: analyze, contrast, infer. Students: 24. Kids: bring a snack on Friday.',
    [],
    ['Tier 2', 'Students: 24'],
  ),
  p(
    'Our school, Jackson Middle School, meets at Lincoln Elementary for the science fair.',
    [],
    ['Jackson Middle School', 'Lincoln Elementary'],
  ),
  p(
    'In Diary of a Wimpy Kid, Rowley Jefferson gets a B on his test and Greg gets a D.',
    [],
    ['Rowley Jefferson', 'Greg'],
  ),
  p(
    'Don Quijote está loco y Sancho Panza tiene sentido común; Lázaro de Tormes tiene hambre.',
    [],
    ['Don Quijote', 'Sancho Panza', 'Lázaro de Tormes'],
    { language: 'es' },
  ),
  p('Group A: 3 students, Group B: 4 students. Ms. Rivera (me) will lead Group A.', [], ['Group A']),
  p('```python\nplanets = ["Mercury", "Venus", "Earth", "Mars"]\n```', [], ['Mercury', 'Venus', 'Earth', 'Mars']),
  p(
    'Stephen Hawking had ALS and used a wheelchair; Simone Biles talks openly about ADHD.',
    [],
    ['Stephen Hawking', 'ALS', 'Simone Biles', 'ADHD'],
  ),
  p('Ben & Jerry’s started in Vermont; Dr. Seuss Day is March 2.', [], ['Ben & Jerry’s', 'Dr. Seuss', 'March 2']),
];

describe('seventh probe round', () => {
  testDetailProbes(probesRound7);
});

/**
 * Look-alikes in the shapes of the rules the seventh round led to, written after those rules (1 Dec 2026):
 * arrays named for groups or classes that hold teams and authors, a rubric's bands, a plan for a unit, a holiday
 * or a school, a colleague e-mailed, characters who "take" a subject, public figures told of in the past, a
 * Spanish subject after "Informe de".
 */
const lookAlikesOfTheNewRules: [string, string[]][] = [
  [
    '```js\nconst groupNames = ["Red Team", "Blue Team"];\nconst classAuthors = ["Roald Dahl", "Beverly Cleary", "Kate DiCamillo"];\n```',
    ['Red Team', 'Beverly Cleary', 'Kate DiCamillo'],
  ],
  [
    'Rubric: 4 (Exceeds), 3 (Meets), 2 (Approaching), 1 (Beginning). Students who got Level 2 can retry.',
    ['3 (Meets)', 'Level 2'],
  ],
  [
    'Evaluation for Photosynthesis unit; a plan for Thanksgiving week; Q3 report for Lincoln Elementary.',
    ['Photosynthesis', 'Thanksgiving', 'Lincoln Elementary'],
  ],
  ['Call Mr. Lincoln at the front desk, then email Ms. Rivera.', ['Ms. Rivera']],
  ['Matilda takes Latin; Harry Potter takes Potions twice a week.', ['Latin', 'Potions']],
  [
    'Helen Keller was deaf. Thomas Edison had hearing loss. Beethoven was deaf too.',
    ['Helen Keller', 'Thomas Edison', 'hearing loss'],
  ],
  ['Informe de Ciencias: el agua toma Forma del recipiente.', ['Ciencias', 'Forma']],
];

describe("look-alikes of the seventh round's rules", () => {
  testLookAlikes(lookAlikesOfTheNewRules);
});
