import { describe, expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { makeDoc, makeTurn } from '../export/sample-docs';
import { probe as p, testDetailProbes, type Probe } from './probe-score';

/**
 * Staff named with their role anywhere in a trace stay colleagues everywhere in it (lib/redaction/staff-directory.ts):
 * the AI's "Dear Ms. Okafor," to the reading specialist named in the notes, her school mailbox, and the teacher's
 * own name typed without its accents. Sentences written for this test (1 Dec 2026), in no corpus part.
 */
const details: Probe[] = [
  // A parent is still a parent: the greeting names the mother, whom no role names.
  p(
    'Email the reading specialist (Ms. Adaeze Okafor, aokafor@lakeviewsd.org) about my student Benicio Ruelas (ID 4471209): his mom Graciela Ruelas (gruelas77@gmail.com) asked for a meeting.',
    ['Benicio Ruelas', '4471209', 'Graciela Ruelas', 'gruelas77@gmail.com'],
    ['Adaeze Okafor', 'aokafor@lakeviewsd.org'],
    { answer: 'Dear Ms. Okafor,\n\nI am writing about Benicio, whose mother, Mrs. Ruelas, has asked to meet.' },
  ),
  p(
    'Firma al final: Rosalía Núñez Prado, Coordinadora PIE. Alumna: Fernanda Ibáñez Soto (RUT 22.345.678-9), tiene dislexia.',
    ['Fernanda Ibáñez Soto', '22.345.678-9', 'dislexia'],
    ['Rosalía Núñez Prado'],
    { language: 'es', answer: 'Atentamente,\nRosalia Nunez Prado\nCoordinadora PIE' },
  ),
];

describe('staff named with their role anywhere in the trace', () => {
  testDetailProbes(details);

  test('the teacher’s own name without its accents is still hers', () => {
    const doc = makeDoc({
      language: 'es',
      teacherName: 'José Ángel Muñoz',
      turns: [
        makeTurn(0, 'user', 'Mi alumno Tadeo Rentería (ID 5580213) tiene TDAH. Firma: Jose Angel Munoz'),
        makeTurn(1, 'assistant', 'Estimada familia de Tadeo: ...\n\nJose Angel Munoz', 'accepted'),
      ],
    });
    const out = redactTraceDocument(doc, findStudentData(doc, []), new Set())
      .turns.map((t) => t.markdown)
      .join('\n');
    expect(out).toContain('Jose Angel Munoz');
    expect(out).not.toContain('Tadeo');
  });
});
