import type { TraceDocument } from '../model/trace-document';
import { CodeFieldReader } from './code-fields';
import { findClassmateNames, findCuedNames, findNamesNearClassCues, toDetection } from './context-names';
import { dropOverlaps, type Detection } from './detection';
import { isStudentContext, type RedactionKind, type RedactionReason } from './kinds';
import { detectFieldValue, detectPatterns, type PatternContext } from './patterns';
import { makeRosterMatcher, type RosterMatcher } from './roster';
import { detectSensitiveTerms } from './sensitive-terms';
import { findStandaloneMarks } from './grade-shapes';
import { findGridNames, findListedStudents } from './name-lists';
import { findHeaderlessCsvNames, findIntroducedNames, findNamesInArrays } from './introduced-names';
import { findParentWriter } from './message-writer';
import { blocksOf, type TextBlock } from './text-structure';
import { urlAsText } from './url-text';
import { withoutWordProblemFindings } from './word-problems';
import { findLogEntryNames } from './log-entries';
import { findHonourListNames } from './honour-lists';
import { findNamesInPersonSlots } from './person-slots';
import { findChatSenders, isFamilyMessage } from './chat-senders';
import { findMessageSenders } from './message-senders';
import { findInitialsNames } from './initials-names';
import { findInitialsColumnNames } from './initials-column-names';
import { findSuperlativeAwardNames } from './superlative-award-names';
import { findPersonTableColumns } from './person-table-columns';
import { findCaseloadNames } from './caseload-lines';
import { findNamesBesideKnown, findNamesInStudentText, sentenceAround } from './student-text-names';
import { findTermsInStudentText } from './student-text-terms';
import {
  isWellKnownName,
  isWithinWellKnown,
  overlapsAny,
  surnamesNamedIn,
  wellKnownSpans,
  type Span,
} from './well-known';
import type { KnownNames } from './known-names';
import { isInInstitutionName } from './institution-names';
import { findListedBirthDates } from './birth-dates';
import { isStaffName } from './staff-names';
import { cityLineOfAddress } from './address-lines';
import { findSubjectMarks } from './subject-marks';
import { findNoteKeyedListNames } from './note-keyed-lists';
import { findTimedLogNames } from './timed-log-names';
import { isCastMember } from './casts';
import { staffWordsIn } from './staff-directory';
import { addColleagueWriters } from './colleague-writers';
import { oneChildTableCells } from './one-child-tables';
import { findIndexScores } from './progress-marks';
import { findLevelPairs } from './level-pairs';
import { findGroupListNames } from './group-lists';
import { findSurnameFirstNames } from './surname-first-names';
import { findLabelledCapitalNames } from './labelled-capital-names';
import { findLabelledRecordNames } from './labelled-record-names';
import { compiledEarly } from './compiled-early';

/** A free-text field of a trace document, with a path naming it ("turns.3.markdown"). */
export interface TextField {
  path: string;
  text: string;
}

/** A finding placed in a field. */
export interface FieldDetection extends Detection {
  field: string;
  /** The text just before it in its field, to find a local value again when redacting. */
  anchor: string;
}

/** The fields a scan reads: the Markdown of turns (tables and code are structure there), and every other text. */
export function scannedFields(doc: TraceDocument): TextField[] {
  const fields: TextField[] = [{ path: 'title', text: doc.title }];
  doc.turns.forEach((t, i) => {
    fields.push({ path: `turns.${i}.markdown`, text: t.markdown.trim() ? t.markdown : t.text });
    if (t.note) fields.push({ path: `turns.${i}.note`, text: t.note });
  });
  fields.push({ path: 'finalArtifact', text: doc.finalArtifact });
  for (const [key, value] of Object.entries(doc.reflection)) fields.push({ path: `reflection.${key}`, text: value });
  fields.push({ path: 'implementationNotes', text: doc.implementationNotes });
  fields.push({ path: 'studentImpact', text: doc.studentImpact });
  fields.push({ path: 'readinessNote', text: doc.readinessNote });
  doc.conversations.forEach((c, i) => {
    fields.push({ path: `conversations.${i}.title`, text: c.title });
    fields.push({ path: `conversations.${i}.url`, text: urlAsText(c.url) });
  });
  // The page the final artifact was taken from is printed on the PDF and carried in trace.json (issue 9, item 3).
  if (doc.artifactSource) {
    fields.push({ path: 'artifactSource.title', text: doc.artifactSource.title });
    fields.push({ path: 'artifactSource.url', text: urlAsText(doc.artifactSource.url) });
  }
  return fields.filter((f) => f.text.trim() !== '');
}

export interface ScanContext extends PatternContext {
  roster: RosterMatcher;
  /** Surnames of well-known people named in full somewhere in the trace. */
  namedSurnames: Set<string>;
  /** Words of staff names met with their role so far in this scan (lib/redaction/staff-names.ts). */
  staffWords: Set<string>;
}

export function makeScanContext(roster: string[], teacherName: string, texts: string[]): ScanContext {
  // With and without accents: a signature typed on an English keyboard drops them ("Miguel Angel Torres").
  const teacherWords = new Set(
    teacherName
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w.length >= 2)
      // An apostrophe is dropped too: isKeptName compares words without it ("O'Rourke" → "orourke").
      .flatMap((w) => [w, w.normalize('NFD').replace(/\p{M}/gu, '')])
      .flatMap((w) => [w, w.replace(/['’]/g, '')]),
  );
  const rosterNames = roster.map((r) => r.trim()).filter(Boolean);
  return {
    roster: makeRosterMatcher(rosterNames),
    teacherWords,
    rosterWords: new Set(
      rosterNames.flatMap((entry) => entry.toLowerCase().split(/[\s,-]+/)).filter((w) => w.length >= 2),
    ),
    namedSurnames: surnamesNamedIn(texts),
    staffWords: addColleagueWriters(staffWordsIn(texts), texts, teacherName),
  };
}

const nameKinds = new Set<RedactionKind>(['studentName', 'parentName']);

/** A closing quote, then the word that names a work's author ("”, by ", "» de ", "\" d'"). */
const authorAfterQuotedWork = /["”»][ \t]*,?[ \t]*(?:de|by|d['’]|di|von)[ \t]*$/u;

/** A name is kept when it is the teacher's own, or a well-known person, character, work or place. */
function isKeptName(d: Detection, ctx: ScanContext, spans: Span[], offset: number, text: string): boolean {
  if (d.reason.code === 'roster') {
    // A roster part inside "Martin Luther King Jr." or "Charlotte's Web" is the lesson, not the child.
    return !d.caseInsensitive && overlapsAny(offset + d.start, offset + d.start + d.text.length, spans);
  }
  const words = d.text.toLowerCase().split(/[\s-]+/);
  if (words.every((w) => ctx.teacherWords.has(w.replace(/[.'’]/g, '')))) return true;
  const named = words.filter((w) => !/^(?:mr|mrs|ms|mx|dr|sr|sra|srta)\.?$/.test(w));
  if (named.length > 0 && named.every((w) => ctx.staffWords.has(w))) return true;
  if (isInInstitutionName(text, offset + d.start, offset + d.start + d.text.length)) return true;
  // A staff member named with their role ("our ESL coordinator (Mr. Paul Ferris") is remembered for the rest of
  // the scan: "Dear Mr. Ferris" in the AI's draft is the same colleague, not a parent.
  if (isStaffName(text, offset + d.start, offset + d.start + d.text.length)) {
    for (const w of words) if (w.length >= 3 && !/^(?:mr|mrs|ms|mx|dr|sr|sra|srta)\.?$/.test(w)) ctx.staffWords.add(w);
    return true;
  }
  if (isWellKnownName(d.text, ctx.namedSurnames)) return true;
  // The author of a work quoted just before ("leemos “Mecanoscrit del segon origen” de Manuel …", "“Zones of
  // Regulation” by Leah …"): a full name after a closing quote and "de", "by" or "d'" (part 17, 2 Dec 2026: two
  // authors lost on lines holding a child's address). A child named by a first name alone stays a child.
  if (
    /\s/u.test(d.text.trim()) &&
    authorAfterQuotedWork.test(text.slice(Math.max(0, offset + d.start - 16), offset + d.start))
  )
    return true;
  // A character of a work the text names: anywhere in the field unless a label, column or key named the child.
  const weakCue = !['label', 'column', 'codeKey', 'parentCue'].includes(d.reason.code);
  if (isCastMember(text, offset + d.start, offset + d.start + d.text.length, weakCue)) return true;
  return isWithinWellKnown(text, offset + d.start, offset + d.start + d.text.length, spans);
}

/** Everything in one line of prose (or one table row, or one line of code) that is not bound to a column. */
function scanLine(
  text: string,
  ctx: ScanContext,
  isAboutChild: boolean,
  extra: Detection[],
  isKept: (d: Detection) => boolean,
): Detection[] {
  // Column and key findings first: where a pattern finds the same value, "in the Phone column" is the reason.
  const structured = [...extra, ...detectPatterns(text, ctx)];
  // A well-known person or character found by a cue ("Percy Jackson has ADHD") is dropped here, before the
  // names decide which sentences are about a child: a character's condition is the lesson, not a student's.
  const names: Detection[] = [
    ...ctx.roster.find(text),
    ...findCuedNames(text).map(toDetection),
    ...findLogEntryNames(text),
  ].filter((d) => !isKept(d));
  const hasDetails = isAboutChild || structured.some((d) => !nameKinds.has(d.kind) && d.scope === 'global');
  // A line that names a child by a cue ("I'm writing about Julián's reading") is about that child, like a line
  // holding her phone: a condition or service said of "him" a sentence later is hers.
  const namesChild =
    names.some((d) => d.kind === 'studentName' && isStudentContext(d.reason.code)) || isFamilyMessage(text);
  // compromise only where the line is about a class or already holds a child's details.
  if (hasDetails || names.length > 0 || /\d|IEP|504/.test(text))
    names.push(
      ...findNamesNearClassCues(text, hasDetails)
        .map(toDetection)
        .filter((d) => !isKept(d)),
    );
  const nameSpans = [...names, ...structured.filter((d) => nameKinds.has(d.kind))].map((d) => ({
    start: d.start,
    end: d.start + d.text.length,
  }));
  const sensitive = detectSensitiveTerms(text, nameSpans, hasDetails || namesChild);
  for (const m of findStandaloneMarks(text)) sensitive.push(reportCardMark(m));
  for (const m of findIndexScores(text)) sensitive.push(reportCardMark(m));
  for (const m of findLevelPairs(text)) sensitive.push(reportCardMark(m));
  // A mark beside its subject ("sci 81", "math ok (B-)") on a line about a child, or listed after a label
  // naming marks ("Current grades: …"): subject-marks.ts.
  const lineAboutChild =
    hasDetails ||
    namesChild ||
    names.some((d) => d.kind === 'studentName') ||
    structured.some((d) => d.kind === 'grade');
  for (const m of findSubjectMarks(text, lineAboutChild)) sensitive.push(reportCardMark(m));
  // Names first: where a roster name and a column name cover the same words, the roster is the reason shown.
  return [...names, ...structured, ...sensitive];
}

/** A mark found by its shape on a report-card-like line: redacted where it stands, shown as "report card". */
function reportCardMark(m: { text: string; start: number }): Detection {
  return {
    kind: 'grade',
    text: m.text,
    start: m.start,
    key: m.text.toLowerCase(),
    reason: { code: 'reportCard', detail: '' },
    scope: 'local',
  };
}

/**
 * The second look at a field once every child's name in the trace is known: sensitive facts in sentences that
 * name a child found elsewhere ("Diego sigue su PEI", "Ava Thompson (62%)"). `knownNames` matches those names.
 */
export function scanAboutKnownNames(field: TextField, knownNames: KnownNames, ctx: ScanContext): FieldDetection[] {
  const found: FieldDetection[] = [];
  // One pass over the whole field; only the lines holding a name are read again.
  const all = knownNames.find(field.text);
  if (all.length === 0) return found;
  // The names come in order of their start: each block looks only from the first name starting in it.
  let first = 0;
  for (const block of blocksOf(field.text)) {
    const blockEnd = block.start + block.text.length;
    while (first < all.length && all[first]!.start < block.start) first++;
    const spans: { start: number; end: number }[] = [];
    for (let i = first; i < all.length && all[i]!.start < blockEnd; i++)
      if (all[i]!.end <= blockEnd) spans.push({ start: all[i]!.start - block.start, end: all[i]!.end - block.start });
    if (spans.length === 0) continue;
    const classmates = findClassmateNames(block.text)
      .map(toDetection)
      .filter((d) => !spans.some((n) => d.start < n.end && n.start < d.start + d.text.length))
      .filter((d) => !isKeptName(d, ctx, wellKnownSpans(block.text), 0, block.text));
    for (const d of [...classmates, ...detectSensitiveTerms(block.text, spans, false)]) {
      const start = block.start + d.start;
      found.push({ ...d, start, field: field.path, anchor: field.text.slice(Math.max(0, start - 24), start) });
    }
  }
  return found;
}

/** "Zoe Martinez" → ["Zoe", "Martinez"]: the first and last name that name the same child alone. */
function namePartsOf(text: string): string[] | undefined {
  const parts = text
    .replace(/^(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\.?\s+/u, '')
    .split(/\s+/)
    .map((p) => p.replace(/^["“(]|["”)]$/gu, ''))
    .filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3 && !/^(?:de|del|la|van|von|da)$/i.test(p));
  return parts.length > 1 ? parts : undefined;
}

/**
 * A prose line with no capital letter, digit, "@", label or table mark can hold only a roster name written in
 * lower case or a sensitive fact next to "my student": rules that read sentences, not lines. Runs of such
 * lines are scanned as one block, so a long lesson costs a few passes instead of a few per line.
 */
const notPlain = compiledEarly(/[\p{Lu}\d@:=|\t#]|\s[-–—]\s/u);

function coalescePlainProse(text: string, blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart !== -1) out.push({ type: 'prose', text: text.slice(runStart, runEnd), start: runStart });
    runStart = -1;
  };
  for (const block of blocks) {
    if (block.type === 'prose' && !notPlain.test(block.text)) {
      if (runStart === -1) runStart = block.start;
      runEnd = block.start + block.text.length;
      continue;
    }
    flush();
    out.push(block);
  }
  flush();
  return out;
}

type RowBlock = Extract<TextBlock, { type: 'row' }>;

/** Names in grids of names (seating charts): cells by their offset in the field. */
function gridNamesByRow(blocks: TextBlock[]): Map<number, Detection[]> {
  const byRow = new Map<number, Detection[]>();
  let table: RowBlock[] = [];
  const flush = () => {
    for (const d of findGridNames(table)) {
      const row = table.find((r) => d.start >= r.start && d.start < r.start + r.text.length)!;
      const list = byRow.get(row.start) ?? [];
      list.push({ ...d, start: d.start - row.start });
      byRow.set(row.start, list);
    }
    table = [];
  };
  for (const block of blocks) {
    const last = table[table.length - 1];
    if (block.type === 'row' && !block.isClassTable && (!last || block.start === last.start + last.text.length + 1))
      table.push(block);
    else {
      flush();
      if (block.type === 'row' && !block.isClassTable) table.push(block);
    }
  }
  flush();
  return byRow;
}

/** A paragraph (lines up to a blank line) that names a child by a label ("Student: …") is a note about that child. */
function namesChildByLabel(detections: Detection[]): boolean {
  return detections.some(
    (d) =>
      d.kind === 'studentName' &&
      (d.reason.code === 'label' ||
        d.reason.code === 'codeKey' ||
        // "SST mtg 11/3 — student: Kendrick …": the label typed in lower case keys the note just the same.
        /^(?:student|alumn[oa]|estudiante|pupil)\s*:$/iu.test(d.reason.detail)),
  );
}

/**
 * A one-word name found by the row's class cues inside a free-text cell that also names a well-known character
 * or author ("loved Auggie Pullman's chapters, hated Julian's" in a reading log's notes) is the book's, not a
 * classmate: the cell talks about what the child read.
 */
function withoutNamesInBookCells(block: RowBlock, detections: Detection[], spans: Span[]): Detection[] {
  if (spans.length === 0) return detections;
  return detections.filter((d) => {
    if (!nameKinds.has(d.kind) || d.reason.code === 'column' || d.reason.code === 'roster' || /\s/.test(d.text))
      return true;
    const at = block.start + d.start;
    const cell = block.cells.find((c) => c.kind === null && c.start <= at && at < c.start + c.text.length);
    return !cell || !overlapsAny(cell.start, cell.start + cell.text.length, spans);
  });
}

/** A line opening with a label for a child ("**Student:** …", "Alumna: …"), however the label is emphasised. */
const studentLabelLine = compiledEarly(
  /^[\s*_>#-]*(?:student(?: name)?|pupil|alumn[oa]|estudiante|nombre del alumn[oa])[\s*_]*:/iu,
);

/** Every finding in one field, with offsets in the field's text. */
export function scanField(field: TextField, ctx: ScanContext): FieldDetection[] {
  const spans = wellKnownSpans(field.text);
  const found: FieldDetection[] = [];
  let code: CodeFieldReader | null = null;
  let lastCodeEnd = -1;
  const blocks = coalescePlainProse(field.text, blocksOf(field.text));
  const gridNames = gridNamesByRow(blocks);
  /** Set by a line naming a child by label; cleared by a blank line or a change between code and text. */
  let noteAboutChild = false;
  /** Set by a line naming a child by label anywhere before in the field: a table of supports after it is hers. */
  let childNamedByLabel = false;
  let wasCode = false;
  /** Where the last line holding a family's street address ends (its city line may follow: address-lines.ts). */
  let addressLineEnd = -2;
  /**
   * Names the line rules found not kept, with the number of staff words known then. The final filter below asks
   * again about every name of the line; for these the answer can change only if a staff member named later on
   * the line added words (isKeptName reads nothing else that changes), so while the count is the same it is
   * still "not kept" and is not worked out a second time.
   */
  const notKept = new Map<Detection, number>();
  for (const block of blocks) {
    let detections: Detection[];
    const isKept = (d: Detection) => {
      if (!nameKinds.has(d.kind)) return false;
      if (isKeptName(d, ctx, spans, block.start, field.text)) return true;
      notKept.set(d, ctx.staffWords.size);
      return false;
    };
    if (/^\s*$/.test(block.text) || /\n\s*\n/.test(block.text) || wasCode !== (block.type === 'code'))
      noteAboutChild = false;
    wasCode = block.type === 'code';
    if (block.type === 'code') {
      // A new reader for each code block: state (an open `lunch = {`) never leaks into the next one.
      if (!code || block.start !== lastCodeEnd + 1) {
        code = new CodeFieldReader();
        noteAboutChild = false;
      }
      lastCodeEnd = block.start + block.text.length;
      detections = scanLine(block.text, ctx, noteAboutChild, code.read(block.text), isKept);
    } else if (block.type === 'row') {
      const cells: Detection[] = [...(gridNames.get(block.start) ?? [])];
      for (const cell of block.cells) {
        if (!cell.kind) continue;
        const reason: RedactionReason = { code: 'column', detail: cell.header };
        cells.push(...detectFieldValue(cell.kind, cell.text, cell.start - block.start, reason, 'cell'));
      }
      // A table of supports or health under a child named by a label (one-child-tables.ts).
      const planCells = !block.isClassTable && childNamedByLabel ? oneChildTableCells(block) : null;
      if (planCells) cells.push(...planCells);
      detections = withoutNamesInBookCells(
        block,
        scanLine(block.text, ctx, block.isClassTable || noteAboutChild || planCells !== null, cells, isKept),
        spans,
      );
    } else {
      detections = withoutWordProblemFindings(block.text, scanLine(block.text, ctx, noteAboutChild, [], isKept));
      const cityLine = cityLineOfAddress(block.text, block.start === addressLineEnd + 1);
      if (cityLine && !detections.some((d) => d.kind === 'address')) detections.push(cityLine);
    }
    if (detections.some((d) => d.kind === 'address')) addressLineEnd = block.start + block.text.length;
    if (namesChildByLabel(detections)) noteAboutChild = childNamedByLabel = true;
    else if (
      block.type === 'prose' &&
      studentLabelLine.test(block.text) &&
      detections.some((d) => d.kind === 'studentName' || d.kind === 'studentId')
    )
      childNamedByLabel = true;
    for (const d of dropOverlaps(
      detections.filter(
        (d) =>
          !nameKinds.has(d.kind) ||
          notKept.get(d) === ctx.staffWords.size ||
          !isKeptName(d, ctx, spans, block.start, field.text),
      ),
    )) {
      const start = block.start + d.start;
      const parts = nameKinds.has(d.kind) && d.reason.code !== 'roster' ? (d.parts ?? namePartsOf(d.text)) : d.parts;
      found.push({ ...d, parts, start, field: field.path, anchor: field.text.slice(Math.max(0, start - 24), start) });
    }
  }
  return found;
}

/** Keys of lists in a field that sit beside known students ("- Priya Raman — …" under "- Declan O'Brien — …"). */
export function scanListedStudents(field: TextField, known: Set<string>, ctx: ScanContext): FieldDetection[] {
  const spans = wellKnownSpans(field.text);
  return findListedStudents(field.text, known)
    .filter((d) => !isKeptName(d, ctx, spans, 0, field.text))
    .map((d) => ({ ...d, field: field.path, anchor: field.text.slice(Math.max(0, d.start - 24), d.start) }));
}

/**
 * Children named by a list's introduction ("these kids:"), as the first cells of a headerless CSV or in an array
 * named for them, and the parent who wrote a pasted message.
 */
export function scanIntroducedNames(field: TextField, ctx: ScanContext): FieldDetection[] {
  const found = [
    ...findIntroducedNames(field.text),
    ...findHeaderlessCsvNames(field.text),
    ...findNamesInArrays(field.text),
    ...findParentWriter(field.text),
    ...findChatSenders(field.text),
    ...findMessageSenders(field.text),
    ...findInitialsNames(field.text),
    ...findInitialsColumnNames(field.text),
    ...findSuperlativeAwardNames(field.text),
    ...findPersonTableColumns(field.text),
    ...findCaseloadNames(field.text),
    ...findHonourListNames(field.text),
    ...findListedBirthDates(field.text),
    ...findNoteKeyedListNames(field.text),
    ...findTimedLogNames(field.text),
    ...findGroupListNames(field.text),
    ...findSurnameFirstNames(field.text),
    ...findLabelledCapitalNames(field.text),
    ...findLabelledRecordNames(field.text),
  ];
  if (found.length === 0) return [];
  const spans = wellKnownSpans(field.text);
  return found
    .filter((d) => !isKeptName(d, ctx, spans, 0, field.text))
    .map((d) => ({ ...d, field: field.path, anchor: field.text.slice(Math.max(0, d.start - 24), d.start) }));
}

/** First names with no cue in a field that is about students (lib/redaction/student-text-names.ts). */
export function scanStudentTextNames(field: TextField, ctx: ScanContext, known: Set<string>): FieldDetection[] {
  const found = [...findNamesInStudentText(field.text), ...findNamesBesideKnown(field.text, known)];
  if (found.length === 0) return [];
  const spans = wellKnownSpans(field.text);
  return found
    .filter((d) => !isKeptName(d, ctx, spans, 0, field.text) && !nearWellKnown(field.text, d, spans, ctx.namedSurnames))
    .map((d) => ({ ...d, field: field.path, anchor: field.text.slice(Math.max(0, d.start - 24), d.start) }));
}

/** Children named by their place in a clause ("Tobi's mum", "priya was out"), lib/redaction/person-slots.ts. */
export function scanPersonSlotNames(field: TextField, ctx: ScanContext): FieldDetection[] {
  const found = findNamesInPersonSlots(field.text);
  if (found.length === 0) return [];
  const spans = wellKnownSpans(field.text);
  return found
    .filter((d) => !isKeptName(d, ctx, spans, 0, field.text) && !nearWellKnown(field.text, d, spans, ctx.namedSurnames))
    .map((d) => ({ ...d, field: field.path, anchor: field.text.slice(Math.max(0, d.start - 24), d.start) }));
}

/**
 * A name in the same sentence as a well-known person, character or work is the lesson's ("The Outsiders
 * (Ponyboy and Johnny's friendship)", "Python's creator, Guido van Rossum, named it after Monty Python").
 */
function nearWellKnown(text: string, d: Detection, spans: Span[], namedSurnames: Set<string>): boolean {
  const sentence = sentenceAround(text, d.start, d.start + d.text.length);
  // "…cómo José Guadalupe Posada creó a La Catrina, que Rivera después pintó": the surname of a well-known
  // person named elsewhere in the trace makes the sentence the lesson's too.
  if (namedSurnames.size && sentence.split(/[^\p{L}'’-]+/u).some((w) => namedSurnames.has(w))) return true;
  if (spans.length === 0) return false;
  const from = text.lastIndexOf(sentence, d.start);
  return spans.some((s) => s.start >= from && s.end <= from + sentence.length);
}

/** Health and support-plan terms about one child in a field of a trace about students (lib/redaction/student-text-terms.ts). */
export function scanStudentTextTerms(field: TextField): FieldDetection[] {
  return findTermsInStudentText(field.text, wellKnownSpans(field.text)).map((d) => ({
    ...d,
    field: field.path,
    anchor: field.text.slice(Math.max(0, d.start - 24), d.start),
  }));
}
