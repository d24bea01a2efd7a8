import type { Framework } from '../model/framework';

type LevelRequirement = Framework['levels'][number];
import type { Trace } from '../model/trace';

export type ReadinessGroup = 'credential' | 'evidence' | 'responsibleUse' | 'marks';

export type ReadinessItemId =
  | 'credential'
  | 'level'
  | 'aiOutput'
  | 'artifact'
  | 'reflection.learningGoal'
  | 'reflection.whatChanged'
  | 'reflection.risk'
  | 'reflection.benefit'
  | 'reflection.safeguard'
  | 'implementationNotes'
  | 'studentImpact'
  | 'responsibleUse.outputVerified'
  | 'responsibleUse.noStudentData'
  | 'responsibleUse.humanReview'
  | 'responsibleUse.aiUseDisclosed'
  | 'mark';

export interface ReadinessItem {
  id: ReadinessItemId;
  group: ReadinessGroup;
  isMet: boolean;
  /** For `mark`: the AI output's turn id. */
  turnId?: string;
}

export interface ReadinessReport {
  /** Every requirement that applies to this trace, met or not, in the order the checklist shows them. */
  items: ReadinessItem[];
  missing: ReadinessItem[];
  /** The framework's level entry for the trace's level, when there is one. */
  level: LevelRequirement | undefined;
  /** Ready when nothing is missing, or the teacher wrote why not (Trace.readinessNote). */
  canMarkReady: boolean;
}

export type ReadinessInput = Pick<
  Trace,
  | 'credentialId'
  | 'level'
  | 'marks'
  | 'finalArtifact'
  | 'reflection'
  | 'responsibleUse'
  | 'implementationNotes'
  | 'studentImpact'
  | 'readinessNote'
>;

const hasText = (value: string): boolean => value.trim().length > 0;

/**
 * What the evidence still lacks for its credential and level (../shared/DESIGN.md: beginner = artifact +
 * reflection; levels whose framework entry says so add classroom implementation notes and student-impact
 * evidence), the responsible-use checklist every trace needs, and every AI output left unmarked.
 * `outputTurnIds` are the trace's AI outputs (assistant turns among its items), in order.
 */
export function assessReadiness(trace: ReadinessInput, framework: Framework, outputTurnIds: string[]): ReadinessReport {
  const level = framework.levels.find((l) => l.id === trace.level);
  const items: ReadinessItem[] = [
    {
      id: 'credential',
      group: 'credential',
      isMet: framework.credentials.some((c) => c.id === trace.credentialId),
    },
    { id: 'level', group: 'credential', isMet: level !== undefined },
    { id: 'aiOutput', group: 'evidence', isMet: outputTurnIds.length > 0 },
    { id: 'artifact', group: 'evidence', isMet: hasText(trace.finalArtifact) },
    { id: 'reflection.learningGoal', group: 'evidence', isMet: hasText(trace.reflection.learningGoal) },
    { id: 'reflection.whatChanged', group: 'evidence', isMet: hasText(trace.reflection.whatChanged) },
    { id: 'reflection.risk', group: 'evidence', isMet: hasText(trace.reflection.risk) },
    { id: 'reflection.benefit', group: 'evidence', isMet: hasText(trace.reflection.benefit) },
    { id: 'reflection.safeguard', group: 'evidence', isMet: hasText(trace.reflection.safeguard) },
  ];
  if (level?.requiresImplementationNotes) {
    items.push({ id: 'implementationNotes', group: 'evidence', isMet: hasText(trace.implementationNotes) });
  }
  if (level?.requiresStudentImpact) {
    items.push({ id: 'studentImpact', group: 'evidence', isMet: hasText(trace.studentImpact) });
  }
  items.push(
    { id: 'responsibleUse.outputVerified', group: 'responsibleUse', isMet: trace.responsibleUse.outputVerified },
    { id: 'responsibleUse.noStudentData', group: 'responsibleUse', isMet: trace.responsibleUse.noStudentData },
    { id: 'responsibleUse.humanReview', group: 'responsibleUse', isMet: trace.responsibleUse.humanReview },
    { id: 'responsibleUse.aiUseDisclosed', group: 'responsibleUse', isMet: trace.responsibleUse.aiUseDisclosed },
  );
  for (const turnId of outputTurnIds) {
    items.push({ id: 'mark', group: 'marks', turnId, isMet: trace.marks[turnId] !== undefined });
  }
  const missing = items.filter((item) => !item.isMet);
  return { items, missing, level, canMarkReady: missing.length === 0 || hasText(trace.readinessNote) };
}
