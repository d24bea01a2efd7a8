import { describe, expect, test } from 'vitest';
import { defaultFramework } from '../../lib/framework/default-framework';
import type { Framework } from '../../lib/model/framework';
import { assessReadiness } from '../../lib/trace/readiness';
import { makeTrace } from './trace-fixtures';

const complete = makeTrace({
  finalArtifact: 'My edited lesson plan.',
  reflection: {
    learningGoal: 'Students compare fractions.',
    whatChanged: 'Replaced the pizza example with our garden.',
    risk: 'Wrong answer key.',
    benefit: 'Saved an hour.',
    safeguard: 'Checked each answer.',
  },
  responsibleUse: { outputVerified: true, noStudentData: true, humanReview: true, aiUseDisclosed: true },
  marks: { a1: { mark: 'revised', note: '' } },
  implementationNotes: 'Used in period 3.',
  studentImpact: 'Exit tickets: 80 % correct.',
});

const ids = (report: ReturnType<typeof assessReadiness>) =>
  report.missing.map((m) => (m.turnId ? `${m.id}:${m.turnId}` : m.id));

describe('assessReadiness', () => {
  test('a complete beginner trace is ready; implementation and impact are not asked for', () => {
    const report = assessReadiness({ ...complete, implementationNotes: '', studentImpact: '' }, defaultFramework, [
      'a1',
    ]);
    expect(report.missing).toEqual([]);
    expect(report.canMarkReady).toBe(true);
    expect(report.items.map((i) => i.id)).not.toContain('implementationNotes');
  });

  test('a new beginner trace lacks the artifact, each reflection field, the checklist and the marks', () => {
    const report = assessReadiness(makeTrace({ items: [] }), defaultFramework, ['a1', 'a2']);
    expect(ids(report)).toEqual([
      'artifact',
      'reflection.learningGoal',
      'reflection.whatChanged',
      'reflection.risk',
      'reflection.benefit',
      'reflection.safeguard',
      'responsibleUse.outputVerified',
      'responsibleUse.noStudentData',
      'responsibleUse.humanReview',
      'responsibleUse.aiUseDisclosed',
      'mark:a1',
      'mark:a2',
    ]);
    expect(report.canMarkReady).toBe(false);
  });

  test.each(['developing', 'proficient'] as const)('%s adds implementation notes and student impact', (level) => {
    const report = assessReadiness(
      { ...complete, level, implementationNotes: ' ', studentImpact: '' },
      defaultFramework,
      ['a1'],
    );
    expect(ids(report)).toEqual(['implementationNotes', 'studentImpact']);
    expect(assessReadiness({ ...complete, level }, defaultFramework, ['a1']).missing).toEqual([]);
  });

  test("the framework's level flags decide, not the level name", () => {
    const district: Framework = {
      ...defaultFramework,
      id: 'district-x',
      levels: defaultFramework.levels.map((l) =>
        l.id === 'developing' ? { ...l, requiresImplementationNotes: true, requiresStudentImpact: false } : l,
      ),
    };
    const report = assessReadiness(
      { ...complete, level: 'developing', implementationNotes: '', studentImpact: '' },
      district,
      ['a1'],
    );
    expect(ids(report)).toEqual(['implementationNotes']);
  });

  test('no credential, an unknown level, or no AI output at all are missing items', () => {
    const report = assessReadiness({ ...complete, credentialId: null, level: null }, defaultFramework, []);
    expect(ids(report)).toEqual(['credential', 'level', 'aiOutput']);
    expect(
      assessReadiness({ ...complete, credentialId: 'gone' }, defaultFramework, ['a1']).missing.map((m) => m.id),
    ).toEqual(['credential']);
  });

  test('one unmarked output among marked ones is flagged by its turn id', () => {
    const report = assessReadiness(complete, defaultFramework, ['a0', 'a1', 'a2']);
    expect(ids(report)).toEqual(['mark:a0', 'mark:a2']);
  });

  test('with something missing, a written readiness note allows marking ready', () => {
    const lacking = { ...complete, responsibleUse: { ...complete.responsibleUse, aiUseDisclosed: false } };
    expect(assessReadiness(lacking, defaultFramework, ['a1']).canMarkReady).toBe(false);
    expect(assessReadiness({ ...lacking, readinessNote: '   ' }, defaultFramework, ['a1']).canMarkReady).toBe(false);
    const noted = assessReadiness(
      { ...lacking, readinessNote: 'Families are told at the start of the year.' },
      defaultFramework,
      ['a1'],
    );
    expect(noted.canMarkReady).toBe(true);
    expect(ids(noted)).toEqual(['responsibleUse.aiUseDisclosed']);
  });
});
