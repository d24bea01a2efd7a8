import { describe, expect, test } from 'vitest';
import { endsInExtension, opensWithExtension } from '../../lib/redaction/office-extensions';
import { testDetailProbes, probe as p } from './probe-score';

/**
 * A phone with an extension is an office's line (lib/redaction/office-extensions.ts). Written for this file (1 Dec
 * 2026), in no corpus part: staff lines with extensions stay, families' numbers beside them go.
 */
describe('office lines with an extension', () => {
  testDetailProbes([
    p(
      'Chaperone list for the museum trip:\n\n| Adult | Role | Phone | Students |\n|---|---|---|---|\n| Mr. Delacroix | science | x2217 | Tamsin Royce, Oliver Brandt |\n| Carla Royce | parent | 415-555-0192 | Tamsin Royce |',
      ['415-555-0192', 'Tamsin Royce'],
      ['x2217'],
    ),
    p(
      'Registro para la salida:\n```json\n{"alumno": "Renata Solís", "tel_madre": "8812-4490", "tutor": {"nombre": "Prof. Ibarra", "tel": "2255-7000 anexo 31"}}\n```',
      ['8812-4490', 'Renata Solís'],
      ['2255-7000 anexo 31'],
      { language: 'es' },
    ),
    // A parent's work line keeps its extension and is still the family's.
    p(
      'Emergency contacts:\n\n| Student | Mom work phone | Notes |\n|---|---|---|\n| Kellan Voss | 602-555-0148 ext. 330 | asthma |',
      ['602-555-0148 ext. 330', 'Kellan Voss'],
    ),
  ]);

  test('an extension ends the value, or is the whole value', () => {
    expect(endsInExtension('ext. 4410')).toBe(true);
    expect(endsInExtension('(212) 555-0100, Ext 12')).toBe(true);
    expect(endsInExtension('2255-7000 interno 4')).toBe(true);
    expect(endsInExtension('555-0100 x22')).toBe(true);
    expect(endsInExtension('415-555-0192')).toBe(false);
    expect(endsInExtension('ext. pending')).toBe(false);
    expect(endsInExtension('Max 5')).toBe(false);
  });
  test('prose: an extension right after the number', () => {
    expect(opensWithExtension(' ext. 104, ask for Dana')).toBe(true);
    expect(opensWithExtension(', anexo 2')).toBe(true);
    expect(opensWithExtension(' extra minutes')).toBe(false);
    expect(opensWithExtension(' and her cell')).toBe(false);
  });
});
