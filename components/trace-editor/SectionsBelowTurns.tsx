import type { Framework } from '@/lib/model/framework';
import type { Trace } from '@/lib/model/trace';
import type { StoredTurn } from '@/lib/model/turn';
import type { ReadinessReport } from '@/lib/trace/readiness';
import { ArtifactSection } from './ArtifactSection';
import { ClassroomEvidenceSection } from './ClassroomEvidenceSection';
import { CredentialSection } from './CredentialSection';
import { ReadinessSection } from './ReadinessSection';
import { ReflectionSection } from './ReflectionSection';
import { ResponsibleUseSection } from './ResponsibleUseSection';
import type { TraceEditorState } from './use-trace-editor';

export interface SectionsBelowTurnsProps {
  trace: Trace;
  framework: Framework;
  outputs: { turn: StoredTurn; number: number }[];
  outputNumbers: ReadonlyMap<string, number>;
  report: ReadinessReport;
  editor: TraceEditorState;
  missing: ReadonlySet<string>;
  onBlocked: () => void;
}

/**
 * The trace editor below its first view: credential, final artifact with its diff, reflection, classroom evidence,
 * responsible use, readiness. A chunk of its own (with the word diff), loaded while the first view is shown, so a
 * capture's draft does not wait for its code (TraceEditor's isFullView).
 */
export function SectionsBelowTurns({
  trace,
  framework,
  outputs,
  outputNumbers,
  report,
  editor,
  missing,
  onBlocked,
}: SectionsBelowTurnsProps) {
  return (
    <>
      <CredentialSection trace={trace} framework={framework} editor={editor} missing={missing} />
      <ArtifactSection trace={trace} outputs={outputs} editor={editor} isMissing={missing.has('artifact')} />
      <ReflectionSection trace={trace} editor={editor} missing={missing} />
      <ClassroomEvidenceSection trace={trace} framework={framework} editor={editor} missing={missing} />
      <ResponsibleUseSection trace={trace} editor={editor} />
      <ReadinessSection
        trace={trace}
        report={report}
        outputNumbers={outputNumbers}
        editor={editor}
        onBlocked={onBlocked}
      />
    </>
  );
}
