import type { TraceDocument, TraceDocumentTurn } from '../model/trace-document';
import { countWords, labelsFor, type ExportLabels } from './labels';

/** Text on one line, with Markdown's inline specials escaped, for headings and list items. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');
}

/** A block quoted line by line, so captured Markdown (its own headings, lists, code) stays inside the quote. */
function quote(text: string): string {
  const body = text.replace(/\r\n?/g, '\n').trimEnd();
  if (body === '') return '> —';
  return body
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function orEmpty(text: string | null | undefined, labels: ExportLabels): string {
  return text && text.trim() !== '' ? inline(text) : labels.empty;
}

function markLabel(turn: TraceDocumentTurn, labels: ExportLabels): string {
  return labels.marks[turn.mark ?? 'unmarked'];
}

/** Toolname (model) list for the header. */
export function describeTools(doc: TraceDocument): string {
  return doc.tools.map((t) => (t.models.length ? `${t.name} (${t.models.join(', ')})` : t.name)).join(', ');
}

/** First and last capture day over the conversations, e.g. "2026-11-20 – 2026-11-21". */
export function describeCaptureDates(doc: TraceDocument): string {
  const days = doc.conversations.flatMap((c) => [c.firstCapturedAt, c.lastCapturedAt]).sort();
  if (days.length === 0) return '';
  const first = (days[0] as string).slice(0, 10);
  const last = (days[days.length - 1] as string).slice(0, 10);
  return first === last ? first : `${first} – ${last}`;
}

/**
 * The whole trace document as a Markdown file: every prompt and output in full (quoted), marks and notes,
 * edit figures and the changed passages, the final artifact, reflection and checklists.
 */
export function renderTraceMarkdown(doc: TraceDocument): string {
  const l = labelsFor(doc.language);
  const out: string[] = [];
  const c = doc.credential;
  out.push(`# ${l.documentTitle}: ${inline(doc.title) || l.empty}`, '');
  out.push(`- **${l.teacher}:** ${orEmpty(doc.teacher.name, l)}`);
  out.push(`- **${l.school}:** ${orEmpty(doc.teacher.school, l)}`);
  out.push(`- **${l.district}:** ${orEmpty(doc.teacher.district, l)}`);
  out.push(`- **${l.credential}:** ${orEmpty(c.credentialName, l)}`);
  out.push(`- **${l.competency}:** ${orEmpty(c.competencyName, l)}`);
  out.push(`- **${l.level}:** ${orEmpty(c.levelName, l)}`);
  out.push(
    `- **${l.framework}:** ${orEmpty(c.frameworkName, l)}${c.frameworkVersion ? ` ${inline(c.frameworkVersion)}` : ''}`,
  );
  const dates = describeCaptureDates(doc);
  out.push(`- **${l.aiTools}:** ${orEmpty(describeTools(doc), l)}${dates ? ` (${l.captured} ${dates})` : ''}`);
  out.push(`- **${l.exportedAt}:** ${doc.exportedAt}`);
  if (doc.redaction.applied) out.push(`- ${l.redacted(doc.redaction.itemCount)}`);
  out.push('');

  let promptNo = 0;
  let outputNo = 0;
  out.push(`## ${l.prompts} / ${l.aiOutputs}`, '');
  if (doc.turns.length === 0) out.push(l.empty, '');
  for (const turn of doc.turns) {
    if (turn.role === 'user') {
      promptNo++;
      out.push(`### ${l.prompt} ${promptNo}`, '', quote(turn.markdown || turn.text), '');
    } else {
      outputNo++;
      out.push(`### ${l.aiOutput} ${outputNo}: ${markLabel(turn, l)}`, '');
      if (turn.note.trim()) out.push(`**${l.teacherNote}:** ${inline(turn.note)}`, '');
      out.push(quote(turn.markdown || turn.text), '');
    }
  }

  out.push(`## ${l.edits}`, '');
  if (doc.edits) {
    const f = doc.edits.figures;
    out.push(
      l.editFigures({
        kept: l.number(f.wordsKept),
        added: l.number(f.wordsAdded),
        removed: l.number(f.wordsRemoved),
        share: `${Math.round(f.teacherAuthoredShare * 100)}%`,
      }),
      '',
    );
    const changes = doc.edits.ops.filter((op) => op.op !== 'equal' && op.text.trim() !== '');
    for (const op of changes) {
      out.push(`- **${op.op === 'insert' ? l.added : l.removed}:** ${inline(op.text)}`);
    }
    if (changes.length) out.push('');
  } else {
    out.push(l.noEdits, '');
  }

  out.push(`## ${l.finalArtifact}`, '', doc.finalArtifact.trim() ? quote(doc.finalArtifact) : l.empty, '');
  if (doc.artifactSource) {
    const { title, url } = doc.artifactSource;
    out.push(`*${l.artifactSource}:* ${inline([title, url].filter((part) => part.trim()).join(' — '))}`, '');
  }

  out.push(`## ${l.reflection}`, '');
  const r = doc.reflection;
  for (const key of ['learningGoal', 'whatChanged', 'risk', 'benefit', 'safeguard'] as const) {
    out.push(`- **${l.reflectionFields[key]}:** ${orEmpty(r[key], l)}`);
  }
  if (doc.implementationNotes.trim()) out.push(`- **${l.implementationNotes}:** ${inline(doc.implementationNotes)}`);
  if (doc.studentImpact.trim()) out.push(`- **${l.studentImpact}:** ${inline(doc.studentImpact)}`);
  out.push('');

  out.push(`## ${l.checklist}`, '');
  for (const key of ['accuracy', 'bias', 'alignment'] as const) {
    out.push(`- [${doc.verified[key] ? 'x' : ' '}] ${l.verified[key]}`);
  }
  for (const key of ['outputVerified', 'noStudentData', 'humanReview', 'aiUseDisclosed'] as const) {
    out.push(`- [${doc.responsibleUse[key] ? 'x' : ' '}] ${l.responsibleUse[key]}`);
  }
  if (doc.readinessNote.trim()) out.push('', `**${l.readinessNote}:** ${inline(doc.readinessNote)}`);
  out.push('');
  const words = doc.turns.reduce((n, t) => n + countWords(t.text), 0);
  out.push(`<!-- ${doc.schema} · trace ${doc.traceId} · ${words} words captured -->`, '');
  return out.join('\n');
}
