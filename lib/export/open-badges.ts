import type { TraceDocument } from '../model/trace-document';
import { serializeTraceDocument } from '../trace/fingerprint';
import { labelsFor } from './labels';
import { describeCaptureDates, describeTools } from './markdown';

/**
 * An Open Badges 3.0 Evidence object (1EdTech OB 3.0 §B.1.4 "Evidence"): `type` must contain "Evidence";
 * `id` is a URL of the evidence or the evidence itself as a data URI; `narrative` is Markdown.
 * It goes in the `evidence` array of an AchievementCredential.
 */
export interface OpenBadgesEvidence {
  id: string;
  type: ['Evidence'];
  name: string;
  description: string;
  narrative: string;
  genre: string;
  audience?: string;
}

/** Base64 of bytes, in chunks (String.fromCharCode(...) overflows the stack on megabyte inputs). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A data: URI carrying the canonical trace JSON (the bytes whose SHA-256 the PDF prints). */
export function traceDataUri(doc: TraceDocument): string {
  return `data:application/json;base64,${bytesToBase64(new TextEncoder().encode(serializeTraceDocument(doc)))}`;
}

/**
 * The trace as Open Badges 3.0 evidence. `id` is `options.idUrl` when the teacher gives a URL where the trace
 * is published, otherwise a data URI of the complete trace JSON. The narrative is a short Markdown summary.
 */
export function renderOpenBadgesEvidence(doc: TraceDocument, options?: { idUrl?: string }): OpenBadgesEvidence {
  const l = labelsFor(doc.language);
  const credential = doc.credential.credentialName ?? '';
  const lines: string[] = [];
  lines.push(`**${l.teacher}:** ${doc.teacher.name || l.empty}${doc.teacher.school ? `, ${doc.teacher.school}` : ''}`);
  if (credential) {
    const parts = [credential, doc.credential.competencyName, doc.credential.levelName].filter(Boolean);
    lines.push(`**${l.credential}:** ${parts.join(' · ')}`);
  }
  const tools = describeTools(doc);
  if (tools) lines.push(`**${l.aiTools}:** ${tools} (${l.captured} ${describeCaptureDates(doc)})`);
  const prompts = doc.turns.filter((t) => t.role === 'user');
  const outputs = doc.turns.filter((t) => t.role === 'assistant');
  if (prompts[0]) lines.push('', `**${l.prompt}:** ${oneLine(prompts[0].text, 280)}`);
  if (outputs.length) {
    const counts = outputs.map((o) => l.marks[o.mark ?? 'unmarked']);
    lines.push('', `**${l.aiOutputs}:** ${counts.join(', ')}`);
  }
  if (doc.edits) {
    const f = doc.edits.figures;
    lines.push(
      '',
      `**${l.edits}:** ${l.editFigures({
        kept: l.number(f.wordsKept),
        added: l.number(f.wordsAdded),
        removed: l.number(f.wordsRemoved),
        share: `${Math.round(f.teacherAuthoredShare * 100)}%`,
      })}`,
    );
  }
  const r = doc.reflection;
  for (const key of ['learningGoal', 'whatChanged', 'safeguard'] as const) {
    if (r[key].trim()) lines.push('', `**${l.reflectionFields[key]}:** ${oneLine(r[key], 400)}`);
  }
  if (doc.redaction.applied) lines.push('', l.redacted(doc.redaction.itemCount));
  return {
    id: options?.idUrl?.trim() ? options.idUrl.trim() : traceDataUri(doc),
    type: ['Evidence'],
    name: `${l.documentTitle}: ${doc.title}`,
    description: l.evidenceDescription(credential),
    narrative: lines.join('\n'),
    genre: l.evidenceGenre,
  };
}
