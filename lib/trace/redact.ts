import { labelsFor } from '../export/labels';
import type { TraceDocument } from '../model/trace-document';
import {
  detectPatterns,
  detectPersonNames,
  dropOverlaps,
  makeRosterMatcher,
  type Detection,
  type RedactionKind,
} from './pii-detectors';

export type { RedactionKind } from './pii-detectors';

/** One item of likely student data found in a trace: every place it appears is replaced by one label. */
export interface RedactionCandidate {
  /** Stable within one document: the kind and the item's normalised value. */
  id: string;
  kind: RedactionKind;
  /** The text as first found. */
  text: string;
  /** Every exact string that names this item (a child's full name, first name, last name...). */
  variants: string[];
  /** Variants matched in any case (full roster names); the others only as written. */
  caseInsensitiveVariants: string[];
  /** What replaces it in the exported copy, e.g. "[Student 1]": the same child keeps the same number. */
  replacement: string;
  /** How many times it appears across the trace. */
  occurrences: number;
  /** The first appearance with some text around it, for the preview. */
  context: { field: string; before: string; match: string; after: string };
}

/** The free-text fields of a trace document, in reading order, with a path naming each. */
function textFields(doc: TraceDocument): { path: string; text: string }[] {
  const fields: { path: string; text: string }[] = [{ path: 'title', text: doc.title }];
  doc.turns.forEach((t, i) => {
    fields.push({ path: `turns.${i}.text`, text: t.text });
    if (t.note) fields.push({ path: `turns.${i}.note`, text: t.note });
  });
  fields.push({ path: 'finalArtifact', text: doc.finalArtifact });
  for (const [key, value] of Object.entries(doc.reflection)) fields.push({ path: `reflection.${key}`, text: value });
  fields.push({ path: 'implementationNotes', text: doc.implementationNotes });
  fields.push({ path: 'studentImpact', text: doc.studentImpact });
  fields.push({ path: 'readinessNote', text: doc.readinessNote });
  doc.conversations.forEach((c, i) => fields.push({ path: `conversations.${i}.title`, text: c.title }));
  return fields.filter((f) => f.text.trim() !== '');
}

function snippet(text: string, start: number, length: number): { before: string; match: string; after: string } {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: flat(text.slice(Math.max(0, start - 40), start)).trimStart(),
    match: text.slice(start, start + length),
    after: flat(text.slice(start + length, start + length + 40)).trimEnd(),
  };
}

/**
 * Likely student personal data in a trace: emails, phone numbers, student-ID-like numbers, street addresses,
 * dates of birth, names from the teacher's roster, and person names compromise finds (English). Candidates
 * come in order of first appearance; each carries the label that replaces it, numbered per kind
 * ("[Student 1]", "[Student 2]", "[Email 1]"), so the same child is the same number everywhere in the trace.
 * The teacher's own name is never flagged. `personNames: false` skips compromise (about 50 µs a word), which
 * bulk export does so 500 traces take seconds, not a minute; rules and roster still run.
 */
export function findStudentData(
  doc: TraceDocument,
  roster: string[],
  options?: { personNames?: boolean },
): RedactionCandidate[] {
  const withPersonNames = options?.personNames ?? true;
  const roster_ = roster.map((r) => r.trim()).filter(Boolean);
  const matcher = makeRosterMatcher(roster_);
  const teacherParts = new Set(
    [doc.teacher.name, ...doc.teacher.name.split(/\s+/)]
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.length >= 2),
  );
  const rosterWords = new Set(roster_.flatMap((r) => [r.toLowerCase(), ...r.toLowerCase().split(/\s+/)]));
  const exclude = new Set([...teacherParts, ...rosterWords]);

  const byId = new Map<string, RedactionCandidate>();
  const order: RedactionCandidate[] = [];
  for (const field of textFields(doc)) {
    const text = field.text;
    const detections: Detection[] = dropOverlaps([
      ...detectPatterns(text),
      ...matcher.find(text),
      ...(withPersonNames ? detectPersonNames(text, exclude) : []).filter(
        (d) => !d.text.split(/\s+/).some((w) => rosterWords.has(w.toLowerCase())),
      ),
    ]);
    for (const d of detections) {
      const id = `${d.kind}:${d.key}`;
      let candidate = byId.get(id);
      if (!candidate) {
        candidate = {
          id,
          kind: d.kind,
          text: d.text,
          variants: [],
          caseInsensitiveVariants: [],
          replacement: '',
          occurrences: 0,
          context: { field: field.path, ...snippet(text, d.start, d.text.length) },
        };
        byId.set(id, candidate);
        order.push(candidate);
      }
      candidate.occurrences++;
      if (d.caseInsensitive) {
        if (!candidate.caseInsensitiveVariants.some((v) => v.toLowerCase() === d.text.toLowerCase()))
          candidate.caseInsensitiveVariants.push(d.text);
      } else if (!candidate.variants.includes(d.text)) {
        candidate.variants.push(d.text);
      }
    }
  }
  const labels = labelsFor(doc.language).redactionLabels;
  const counters = new Map<RedactionKind, number>();
  for (const c of order) {
    const n = (counters.get(c.kind) ?? 0) + 1;
    counters.set(c.kind, n);
    c.replacement = `[${labels[c.kind]} ${n}]`;
  }
  return order;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A copy of the document with every candidate not in `keep` (ids the teacher un-redacted) replaced by its
 * label in every free-text field, Markdown and diff included, and `redaction` recording how many items were
 * replaced. The document passed in is not changed.
 */
export function redactTraceDocument(
  doc: TraceDocument,
  candidates: RedactionCandidate[],
  keep: Set<string>,
): TraceDocument {
  const active = candidates.filter((c) => !keep.has(c.id));
  const copy = structuredClone(doc);
  if (active.length === 0) {
    copy.redaction = { applied: false, itemCount: 0 };
    return copy;
  }
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const c of active) {
    for (const v of c.variants) if (!exact.has(v)) exact.set(v, c.replacement);
    for (const v of c.caseInsensitiveVariants)
      if (!folded.has(v.toLowerCase())) folded.set(v.toLowerCase(), c.replacement);
  }
  const all = [...exact.keys(), ...[...folded.keys()]].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${all.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const replace = (text: string): string =>
    text.replace(re, (match) => exact.get(match) ?? folded.get(match.toLowerCase()) ?? match);

  copy.title = replace(copy.title);
  for (const t of copy.turns) {
    t.text = replace(t.text);
    t.markdown = replace(t.markdown);
    t.note = replace(t.note);
  }
  copy.finalArtifact = replace(copy.finalArtifact);
  if (copy.edits) for (const op of copy.edits.ops) op.text = replace(op.text);
  for (const key of Object.keys(copy.reflection) as (keyof TraceDocument['reflection'])[])
    copy.reflection[key] = replace(copy.reflection[key]);
  copy.implementationNotes = replace(copy.implementationNotes);
  copy.studentImpact = replace(copy.studentImpact);
  copy.readinessNote = replace(copy.readinessNote);
  for (const c of copy.conversations) {
    c.title = replace(c.title);
    c.url = replace(c.url);
  }
  copy.redaction = { applied: true, itemCount: active.length };
  return copy;
}
