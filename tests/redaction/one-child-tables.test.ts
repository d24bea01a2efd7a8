import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * A table of one child's supports or health under a label naming the child (lib/redaction/one-child-tables.ts):
 * its rows are hers though they name no one. The same table in a training handout, with no child named above
 * it, keeps its words. Written for this file (1 Dec 2026), in no corpus part.
 */
const details: Probe[] = [
  p(
    'Clean up my IEP-at-a-glance for the sub.',
    ['Oskar Lindgren', 'Oral reading fluency goal', 'Seat away from the window'],
    ['Area'],
    {
      answer:
        '**Student:** Oskar Lindgren\n\n| Area | Support |\n|---|---|\n| Reading | Oral reading fluency goal |\n| Classroom | Seat away from the window |',
    },
  ),
  p(
    'Pásame esto en limpio para la suplente.',
    ['Mateo Ibáñez', 'Convulsiones febriles', 'Diazepam rectal en enfermería'],
    [],
    {
      language: 'es',
      answer:
        'Alumno: Mateo Ibáñez\n\n| Situación | Condición | Medicamento |\n|---|---|---|\n| Fiebre alta | Convulsiones febriles | Diazepam rectal en enfermería |',
    },
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'PD handout: common accommodations\n\n| Area | Accommodation | Example |\n|---|---|---|\n| Testing | Extended time (1.5x) | a 40-minute quiz becomes 60 |\n| Setting | Small-group setting | the library workroom |',
    ['Extended time (1.5x)', 'Small-group setting', 'a 40-minute quiz becomes 60'],
  ],
  [
    'Health unit glossary\n\n| Word | Condition | Medication |\n|---|---|---|\n| Wheeze | Asthma | albuterol inhaler |',
    ['Asthma', 'albuterol inhaler'],
  ],
];

describe('a table of one child’s supports or health under a label naming the child', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);
});
