import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findEligibilityStatements } from '../../lib/redaction/eligibility-statements';

/**
 * A child's eligibility decision, referral and behaviour incidents are redacted in a trace about students; a
 * policy, a procedure and a lesson about them are not (lib/redaction/eligibility-statements.ts), and Spain's,
 * Catalonia's and Latin America's plans and supports count in a sentence about a child (plan-and-access-terms.ts).
 * Written for this file (2 Dec 2026), in no corpus part.
 */
describe('eligibility decisions, referrals and behaviour incidents of a child', () => {
  testDetailProbes([
    p(
      'Eligibility notes for my student Dorian Acheampong (ID 6604120).\nTeam summary: meets criteria for Autism with a secondary speech-language impairment; consider OHI for ADHD.\nNurse: refer for a vision and hearing screening.',
      [
        'Dorian Acheampong',
        '6604120',
        'meets criteria for Autism with a secondary speech-language impairment',
        'consider OHI for ADHD',
        'refer for a vision and hearing screening',
      ],
      ['Team summary'],
    ),
    p(
      'FBA log for Keziah Ambrose (student #7720431):\ndate,student,antecedent,behavior,consequence\n11/4,Keziah Ambrose,read-aloud,kicked staff,moved to hallway\n11/5,Keziah Ambrose,transition,eloped from classroom,returned by aide',
      ['Keziah Ambrose', '7720431', 'kicked staff', 'eloped from classroom'],
      ['read-aloud'],
    ),
    p(
      'Mi alumna Itziar Goikoetxea tiene un PI per discalcúlia; el equipo le da los exámenes en letra ampliada. Impedimento: Disturbios emocionales.',
      ['Itziar Goikoetxea', 'PI per discalcúlia', 'letra ampliada', 'Disturbios emocionales'],
      [],
      { language: 'es' },
    ),
  ]);

  test('a policy, a procedure or an example is no child’s', () => {
    const found = (t: string) => findEligibilityStatements(t).map((r) => r.text);
    expect(found('Students who meets criteria for SLD receive an IEP.')).toEqual([]);
    expect(found('If a child hit peer twice, the team may refer for evaluation.')).toEqual([]);
    expect(found('Paris and Helen eloped to Troy; Lydia eloped with Wickham.')).toEqual([]);
    expect(found('He eloped from the classroom at 10:05.')).toEqual(['eloped from the classroom']);
    expect(found('The batter hit a home run.')).toEqual([]);
  });
});
