import { describe } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';

/**
 * A child's protected status or programme (lib/redaction/status-terms.ts) is redacted on a line about the child;
 * the law or the programme named on its own stays. Written for this file (1 Dec 2026), in no corpus part.
 */
describe('a child’s status or programme', () => {
  testDetailProbes([
    p(
      'My student Tamsin Rook (ID 7730215) and her brother still qualify under McKinney-Vento; Tamsin is in kinship foster care with her aunt since 10/3.',
      ['Tamsin Rook', '7730215', 'qualify under McKinney-Vento', 'kinship foster care'],
    ),
    p(
      'Informe de Jazmín Villalobos Ureña (cédula 1-1822-0457): adecuación no significativa en Matemáticas; su hermano tiene adecuación de acceso por baja visión. Se confirma aptitud sobresaliente creativa en Bruno Ibarra Soto (ID 44120).',
      [
        'Jazmín Villalobos Ureña',
        'adecuación no significativa',
        'adecuación de acceso',
        'aptitud sobresaliente creativa',
      ],
    ),
    p(
      'Agenda for Mateo Kerr (ID 3390127): review the McKinney-Vento liaison’s role and the district’s foster youth point of contact.',
      ['Mateo Kerr', '3390127'],
      ['McKinney-Vento'],
    ),
  ]);
});
