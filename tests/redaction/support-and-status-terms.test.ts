import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';

/**
 * Services, programs and school-status facts said of one child go (lib/redaction/support-and-status-terms.ts); the
 * same words in a policy or a lesson stay. Made-up probes written for this file (3 Dec 2026), in no corpus part.
 */
describe('support and status terms said of one child', () => {
  testDetailProbes([
    p(
      'Sub plan: my student Rowan Pike gets Wilson Reading with Ms. Tate at 10:15 and has a one-on-one aide after lunch.',
      ['Rowan Pike', 'Wilson Reading', 'one-on-one aide'],
    ),
    p(
      'Note for the counselor: my student Kiara Doss was in in-school suspension twice in October and qualifies for free lunch.',
      ['Kiara Doss', 'in-school suspension', 'free lunch'],
    ),
    p(
      'Mi alumna Valentina Soto repite curso y tiene beca de comedor; el informe psicopedagógico llega en enero.',
      ['Valentina Soto', 'repite curso', 'beca de comedor', 'informe psicopedagógico'],
      [],
      { language: 'es' },
    ),
  ]);
});

describe('the same words in a policy or a lesson', () => {
  testLookAlikes([
    ['Students experiencing homelessness are protected under the McKinney-Vento Act.', ['McKinney-Vento']],
    ['La Comisión Provincial de Absentismo se reúne cada trimestre.', ['Comisión Provincial de Absentismo']],
    ['In the novel, the boy is sent to detention for a week.', ['detention']],
  ]);
});
