import type { TraceDocument } from '../model/trace-document';
import { asGradeDetections, findPerformanceMarkDetections } from './performance-marks';
import { findFitnessMeasures } from './fitness-measures';
import { findAssessmentMarkDetections } from './assessment-marks';
import { findStateTestResultDetections } from './state-test-levels';
import { findRecordCountDetections } from './record-counts';
import { findAverageAndCreditDetections } from './averages-and-credits';
import { findScoreReportDetections } from './score-reports';
import { findProgressDataDetections } from './progress-data';
import { findSpanishMarkPhraseDetections } from './spanish-mark-phrases';
import { findEligibilityStatementDetections } from './eligibility-statements';
import { findSpainMarkAbbreviationDetections } from './spain-mark-abbreviations';
import { findNamedItemScoreDetections } from './named-item-scores';
import { findCommaDecimalMarkRowDetections } from './comma-decimal-mark-rows';
import { findDiagnosticPlacementDetections } from './diagnostic-placements';
import { findScreenerScoreRunDetections } from './screener-score-runs';
import { findBandedMarkDetections } from './banded-marks';
import { findSlashedScoreRunDetections } from './slashed-score-runs';
import { findMeasureArrowChangeDetections } from './measure-arrow-changes';
import { findDiabetesCareLogDetections } from './diabetes-care-log';
import { findProficiencyTestLevelDetections } from './proficiency-test-levels';
import { findAcademicStandingDetections } from './academic-standing';
import { findSubtestScoreDetections } from './subtest-score-lists';
import { findMarkWordListDetections } from './mark-word-lists';
import { codeFormsOfBirthDate } from './code-birth-dates';
import { isReversedStaffFirstName } from './reversed-staff-names';
import { isInstitutionOrStreetName } from './institution-and-street-names';
import { otherFormsOfBirthDate } from './birth-dates';
import { findYearlessBirthdays, yearlessFormsOf } from './yearless-birthdays';
import { findFamilyContactPhones } from './family-contact-phones';
import { findLabelledSequenceIds } from './labelled-sequence-ids';
import { findNameBuiltMailboxes, nameWordsOf } from './name-built-mailboxes';
import { findLunchStatusValues } from './lunch-status-values';
import { findRiskScreenerDetections } from './risk-screener-answers';
import { findChangeLogValues } from './change-log-values';
import { findMealAccountCodes } from './meal-account-codes';
import { findDotLeaderMarkRowDetections } from './dot-leader-mark-rows';
import { findScaleDescriptorGradeDetections } from './scale-descriptor-grades';
import { findMarkChangePhraseDetections } from './mark-change-phrases';
import { findSpanishMarkChangeDetections } from './spanish-mark-changes';
import { findAssessmentOutcomePhraseDetections } from './assessment-outcome-phrases';
import { findBirthdayPhrases } from './birthday-phrases';
import { findBirthDateRows } from './birth-date-rows';
import { escapeRegExp, stripMarks, type Detection } from './detection';
import { makeValueMatcher } from './value-matches';
import { pseudonym, shownReason, type RedactionKind, type RedactionReason } from './kinds';
import {
  makeScanContext,
  scanAboutKnownNames,
  scanField,
  scanIntroducedNames,
  scanListedStudents,
  scanStudentTextNames,
  scanPersonSlotNames,
  scanStudentTextTerms,
  scannedFields,
  type FieldDetection,
} from './scan';
import { isInstitutional } from './patterns';
import { detailsForStudentText, isLessonNameAt } from './student-text-names';
import { lexiconTag, notANameWord, resetNameTaggerBudget } from './context-names';
import { replaceInUrl } from './url-text';
import { findEchoedTerms } from './echoed-terms';
import { findEchoedMarks } from './echoed-marks';
import { isInPlaceName } from './place-slots';
import { isInPlacePhrase } from './place-phrases';
import { isWellKnownName, isWithinWellKnown, wellKnownSpans } from './well-known';
import { allMatches, allMatchesWhere, mayBeCapital } from './all-matches';
import { makeKnownNames } from './known-names';
import { keywordLineFinder } from './keyword-lines';
import { resetScanCaches } from './scan-caches';
import { findNicknamePairs, lowerCaseForms, titleCaseForms } from './name-forms';
import { normaliseKey } from './detection';
import { isWithinSpans, makeTeacherNameFinder } from './teacher-name-spans';

export type { RedactionKind, RedactionReason } from './kinds';

/** One item of likely student data found in a trace: every place it appears is replaced by one pseudonym. */
export interface RedactionCandidate {
  /** Stable within one document: the kind and the item's normalised value. */
  id: string;
  kind: RedactionKind;
  /** The text as first found. */
  text: string;
  /** Why it was flagged (the first finding's reason). */
  reason: RedactionReason;
  /** Strings that name this item wherever they appear (a child's full name, first name, last name…). */
  variants: string[];
  /** Variants matched in any case (full roster names, added terms); the others only as written. */
  caseInsensitiveVariants: string[];
  /** Short or common values ("B+", "Yes", "peanuts") replaced only after the text they were found after. */
  spots: { anchor: string; text: string }[];
  /** What replaces it in the exported copy, e.g. "[Student 1]": the same child keeps the same number. */
  replacement: string;
  /** How many times it appears across the trace. */
  occurrences: number;
  /** The first appearance with some text around it, for the preview. */
  context: { field: string; before: string; match: string; after: string };
}

function snippet(text: string, start: number, length: number): { before: string; match: string; after: string } {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: flat(text.slice(Math.max(0, start - 40), start)).trimStart(),
    match: text.slice(start, start + length),
    after: flat(text.slice(start + length, start + length + 40)).trimEnd(),
  };
}

function addVariant(c: RedactionCandidate, text: string, caseInsensitive: boolean): void {
  if (caseInsensitive) {
    if (!c.caseInsensitiveVariants.some((v) => v.toLowerCase() === text.toLowerCase()))
      c.caseInsensitiveVariants.push(text);
  } else if (!c.variants.includes(text)) c.variants.push(text);
}

/**
 * Likely student data in a trace, decided by context (lib/redaction/README in docs/privacy.md): roster names,
 * names the text ties to a student or family, structured details in prose, tables and code, and sensitive facts
 * about a child. Candidates come in order of first appearance, each with its pseudonym, numbered per kind
 * ("[Student 1]", "[Parent 1]", "[Lunch number 1]"), so the same child is the same number everywhere in the
 * export. The teacher's own name, well-known people, characters, works and places are never flagged.
 */
export function findStudentData(doc: TraceDocument, roster: string[]): RedactionCandidate[] {
  const fields = scannedFields(doc);
  resetNameTaggerBudget();
  resetScanCaches();
  const ctx = makeScanContext(
    roster,
    doc.teacher.name,
    fields.map((f) => f.text),
  );
  const byId = new Map<string, RedactionCandidate>();
  /**
   * Kind and first or last name → the candidate of the person it belongs to, so "Maria" joins "Maria Lopez". A
   * parent's name parts are apart from the children's: the grandmother sharing a child's surname is no child.
   */
  const byNamePart = new Map<string, RedactionCandidate>();
  const order: RedactionCandidate[] = [];
  const textOf = new Map(fields.map((f) => [f.path, f.text]));

  const candidateFor = (d: FieldDetection): RedactionCandidate => {
    const isName = d.kind === 'studentName' || d.kind === 'parentName';
    let id = `${d.kind}:${d.key}`;
    if (isName && d.reason.code !== 'roster') {
      const joined = byNamePart.get(`${d.kind}:${d.text}`) ?? joinedByPart(d, byNamePart);
      if (joined) id = joined.id;
    }
    let c = byId.get(id);
    if (!c) {
      c = {
        id,
        kind: d.kind,
        text: d.text,
        reason: shownReason(d.reason),
        variants: [],
        caseInsensitiveVariants: [],
        spots: [],
        replacement: '',
        occurrences: 0,
        context: { field: d.field, ...snippet(textOf.get(d.field) ?? '', d.start, d.text.length) },
      };
      byId.set(id, c);
      order.push(c);
    }
    if (isName) {
      byNamePart.set(`${d.kind}:${d.text}`, c);
      for (const p of d.parts ?? []) if (!byNamePart.has(`${d.kind}:${p}`)) byNamePart.set(`${d.kind}:${p}`, c);
    }
    return c;
  };

  for (const field of fields) {
    for (const d of [...scanField(field, ctx), ...scanIntroducedNames(field, ctx)]) {
      const c = candidateFor(d);
      if (d.scope === 'local') {
        if (!c.spots.some((s) => s.anchor === d.anchor && s.text === d.text))
          c.spots.push({ anchor: d.anchor, text: d.text });
        continue;
      }
      addVariant(c, d.text, d.caseInsensitive ?? false);
      for (const p of d.parts ?? []) addVariant(c, p, false);
    }
  }
  // Lists keyed by children: the other keys of a list where known students are keys.
  const knownLower = new Set(
    order
      .filter((c) => c.kind === 'studentName')
      .flatMap((c) => [...c.variants, ...c.caseInsensitiveVariants])
      .map((v) => v.toLowerCase()),
  );
  for (const field of fields)
    for (const d of scanListedStudents(field, knownLower, ctx)) {
      const c = candidateFor(d);
      addVariant(c, d.text, false);
      for (const p of d.parts ?? []) addVariant(c, p, false);
    }
  // First names with no cue, in the fields that already hold a child and other student details.
  // A child's ID by its label or a parent by a family cue ties the text to a child as a child's name does: a letter
  // opening "Daniela "Dani" Cortez, AP Lang … student ID 2000481 … her mom Graciela" names the child only by a
  // nickname pair, found after this (part 14, 1 Dec 2026).
  const aboutStudents =
    order.length >= detailsForStudentText &&
    order.some((c) => c.kind === 'studentName' || c.kind === 'studentId' || c.kind === 'parentName');
  // A parent already named ("grandmother Loretta Pickett") stays the parent where the letter is addressed to her.
  const parentWords = new Set(order.filter((c) => c.kind === 'parentName').flatMap((c) => c.variants));
  const knownAsWritten = new Set(order.filter((c) => c.kind === 'studentName').flatMap((c) => c.variants));
  for (const field of aboutStudents ? fields : []) {
    for (const d of scanStudentTextNames(field, ctx, knownAsWritten)) {
      if (parentWords.has(d.text) || parentWords.has(d.text.split(/\s+/)[0]!)) continue;
      const c = candidateFor(d);
      addVariant(c, d.text, false);
      for (const p of d.parts ?? []) addVariant(c, p, false);
    }
  }
  // A word used as a person ("Tobi's mum", "priya was out 2 wks"), in fields of a trace that already holds
  // student details: the child may be the only name in it, known to no lexicon.
  if (order.length >= detailsForStudentText)
    for (const field of fields)
      for (const d of scanPersonSlotNames(field, ctx)) {
        if (parentWords.has(d.text)) continue;
        const c = candidateFor(d);
        addVariant(c, d.text, false);
      }
  // The other forms staff write a child in: a nickname beside the full name, and lower case (name-forms.ts).
  addNameForms(order, fields, candidateFor);
  addNameBuiltMailboxes(order, fields, candidateFor);
  // Health details and plans said of one child, in the same fields.
  if (aboutStudents)
    for (const field of fields)
      for (const d of scanStudentTextTerms(field)) {
        const c = candidateFor(d);
        if (!c.spots.some((s) => s.anchor === d.anchor && s.text === d.text))
          c.spots.push({ anchor: d.anchor, text: d.text });
      }
  // Marks of one child's performance said with no cue (lib/redaction/performance-marks.ts), in the same fields.
  if (aboutStudents)
    for (const field of fields)
      for (const d of [
        ...findPerformanceMarkDetections(field.text),
        ...findAssessmentMarkDetections(field.text),
        ...asGradeDetections(findFitnessMeasures(field.text)),
        ...findStateTestResultDetections(field.text),
        ...findRecordCountDetections(field.text),
        ...findAverageAndCreditDetections(field.text),
        ...findScoreReportDetections(field.text),
        ...findProgressDataDetections(field.text),
        ...findSpanishMarkPhraseDetections(field.text),
        ...findEligibilityStatementDetections(field.text),
        ...findSpainMarkAbbreviationDetections(field.text),
        ...findNamedItemScoreDetections(field.text),
        ...findCommaDecimalMarkRowDetections(field.text),
        ...findDiagnosticPlacementDetections(field.text),
        ...findLunchStatusValues(field.text),
        ...findRiskScreenerDetections(field.text),
        ...findScreenerScoreRunDetections(field.text),
        ...findBandedMarkDetections(field.text),
        ...findSlashedScoreRunDetections(field.text),
        ...findMeasureArrowChangeDetections(field.text),
        ...findDiabetesCareLogDetections(field.text),
        ...findProficiencyTestLevelDetections(field.text),
        ...findAcademicStandingDetections(field.text),
        ...findSubtestScoreDetections(field.text),
        ...findMarkWordListDetections(field.text),
        ...findDotLeaderMarkRowDetections(field.text),
        ...findScaleDescriptorGradeDetections(field.text),
        ...findMarkChangePhraseDetections(field.text),
        ...findSpanishMarkChangeDetections(field.text),
        ...findAssessmentOutcomePhraseDetections(field.text),
        ...findBirthdayPhrases(field.text),
      ]) {
        const c = candidateFor({ ...d, field: field.path, anchor: '' });
        const anchor = field.text.slice(Math.max(0, d.start - 24), d.start);
        if (!c.spots.some((s) => s.anchor === anchor && s.text === d.text)) c.spots.push({ anchor, text: d.text });
      }
  // A family's eight-digit phone after the family member it reaches (family-contact-phones.ts).
  for (const field of fields)
    for (const d of findFamilyContactPhones(field.text)) {
      const c = candidateFor({ ...d, field: field.path, anchor: '' });
      addVariant(c, d.text, false);
    }
  // Enrolment numbers and state IDs after their label in shapes the ID reader leaves (labelled-sequence-ids.ts), and
  // meal account codes named a few words after their service (meal-account-codes.ts), and birth dates in the rows of
  // a data frame printed with spaces (birth-date-rows.ts).
  for (const field of fields)
    for (const d of [
      ...findLabelledSequenceIds(field.text),
      ...findMealAccountCodes(field.text),
      ...findBirthDateRows(field.text),
    ]) {
      const c = candidateFor({ ...d, field: field.path, anchor: '' });
      addVariant(c, d.text, false);
    }
  // The old and new values of a student record's change log, by the field each row names (change-log-values.ts).
  for (const field of fields)
    for (const d of findChangeLogValues(field.text)) {
      const c = candidateFor({ ...d, field: field.path, anchor: '' });
      if (d.scope === 'global') {
        addVariant(c, d.text, false);
        for (const p of d.parts ?? []) addVariant(c, p, false);
        continue;
      }
      const anchor = field.text.slice(Math.max(0, d.start - 24), d.start);
      if (!c.spots.some((s) => s.anchor === anchor && s.text === d.text)) c.spots.push({ anchor, text: d.text });
    }
  // Second look: sensitive facts next to a child's name found anywhere in the trace.
  const names = order
    .filter((c) => c.kind === 'studentName')
    .flatMap((c) => [...c.variants, ...c.caseInsensitiveVariants]);
  if (names.length > 0) {
    const known = makeKnownNames(names);
    for (const field of fields)
      for (const d of scanAboutKnownNames(field, known, ctx)) {
        const c = candidateFor(d);
        if (d.scope === 'global') {
          addVariant(c, d.text, false);
          for (const p of d.parts ?? []) addVariant(c, p, false);
        } else if (!c.spots.some((s) => s.anchor === d.anchor && s.text === d.text))
          c.spots.push({ anchor: d.anchor, text: d.text });
      }
    // Echoes: a condition or service found about a child, repeated in a paragraph that names a known child.
    const conditionOf = new Map<string, RedactionCandidate>();
    for (const c of order)
      if (c.kind === 'health' || c.kind === 'specialEducation')
        for (const s of c.spots) if (!conditionOf.has(s.text.toLowerCase())) conditionOf.set(s.text.toLowerCase(), c);
    if (conditionOf.size > 0)
      for (const field of fields)
        for (const e of findEchoedTerms(field.text, known, [...conditionOf.keys()])) {
          const c = conditionOf.get(e.text.toLowerCase())!;
          const anchor = field.text.slice(Math.max(0, e.start - 24), e.start);
          if (!c.spots.some((s) => s.anchor === anchor && s.text === e.text)) c.spots.push({ anchor, text: e.text });
        }
    // Echoes of a child's marks (a percentage, a Lexile, a band) in a paragraph that names a known child.
    const gradeOf = new Map<string, RedactionCandidate>();
    for (const c of order)
      if (c.kind === 'grade') for (const s of c.spots) if (!gradeOf.has(s.text)) gradeOf.set(s.text, c);
    if (gradeOf.size > 0)
      for (const field of fields)
        for (const e of findEchoedMarks(field.text, known, [...gradeOf.keys()])) {
          const c = gradeOf.get(e.text)!;
          const anchor = field.text.slice(Math.max(0, e.start - 24), e.start);
          if (!c.spots.some((s) => s.anchor === anchor && s.text === e.text)) c.spots.push({ anchor, text: e.text });
        }
  }
  // A date of birth is the same child's wherever the trace writes it in another form ("05/23/2017", "May 23, 2017").
  for (const c of order)
    if (c.kind === 'dateOfBirth')
      for (const v of [...c.variants]) {
        for (const f of otherFormsOfBirthDate(v)) addVariant(c, f, false);
        for (const f of codeFormsOfBirthDate(v)) addVariant(c, f, false);
      }
  addYearlessBirthdays(order, fields, names);
  addAdjacentSurnames(order, fields);
  // A school's address or phone found where no cue said so ("The bus leaves from 1450 Orchard Ave", a clerk's
  // signature under the school's name) is kept when anywhere in the trace it sits beside the school or office.
  // A full name found as a parent by a family cue ("Diego's dad, Hector Gomez") and as a child by a weaker cue
  // on another line (a table row naming the chaperone) is the parent: one person, one pseudonym.
  const parentFullNames = new Set(
    order
      .filter((c) => c.kind === 'parentName')
      .flatMap((c) => c.variants.filter((v) => /\s/.test(v)).map((v) => v.toLowerCase())),
  );
  const fieldTexts = fields.map((f) => f.text);
  const kept = new Set(
    order.filter(
      (c) =>
        isSchoolsEverywhere(c, fields) ||
        (c.kind === 'studentName' &&
          c.reason.code !== 'roster' &&
          isReversedStaffFirstName(c.text, fieldTexts, ctx.staffWords)) ||
        (c.kind === 'studentName' && c.reason.code !== 'roster' && isInstitutionOrStreetName(c.text, fieldTexts)) ||
        (c.kind === 'studentName' &&
          c.reason.code !== 'roster' &&
          /\s/.test(c.text) &&
          parentFullNames.has(c.text.toLowerCase()) &&
          // In any case: a lower-case form of the name (name-forms.ts) is the same person.
          c.variants.every((v) => !/\s/.test(v) || parentFullNames.has(v.toLowerCase()))),
    ),
  );
  if (kept.size) order.splice(0, order.length, ...order.filter((c) => !kept.has(c)));
  const counters = new Map<RedactionKind, number>();
  for (const c of order) {
    const n = (counters.get(c.kind) ?? 0) + 1;
    counters.set(c.kind, n);
    c.replacement = pseudonym(c.kind, n, doc.language);
  }
  countOccurrences(
    order,
    fields.map((f) => f.text),
  );
  return order;
}

/**
 * A school address built from the name of a child or parent already found ("rosa.quintero@k12…") is an email to
 * redact, and its login ("rosa.quintero", a username key) a form of that person's name
 * (lib/redaction/name-built-mailboxes.ts).
 */
function addNameBuiltMailboxes(
  order: RedactionCandidate[],
  fields: { path: string; text: string }[],
  candidateFor: (d: FieldDetection) => RedactionCandidate,
): void {
  const people = order
    .filter((c) => c.kind === 'studentName' || c.kind === 'parentName')
    .map((c) => ({ owner: c, names: [...c.variants, ...c.caseInsensitiveVariants] }));
  if (people.length === 0 || !fields.some((f) => f.text.includes('@'))) return;
  const words = nameWordsOf(people);
  for (const field of fields)
    for (const { address, login, person } of findNameBuiltMailboxes(field.text, words)) {
      const c = candidateFor({
        kind: 'email',
        text: address.text,
        start: address.start,
        key: normaliseKey(address.text),
        reason: { code: 'pattern', detail: '' },
        scope: 'global',
        field: field.path,
        anchor: '',
      });
      addVariant(c, address.text, false);
      addVariant(person, login, false);
    }
}

/**
 * A child's date of birth written again without its year ("11 de enero" on the birthday calendar of a list that
 * gave "11/01/2019"), on lines about birthdays or naming a child (lib/redaction/yearless-birthdays.ts).
 */
function addYearlessBirthdays(order: RedactionCandidate[], fields: { text: string }[], names: readonly string[]): void {
  const births = order.filter((c) => c.kind === 'dateOfBirth');
  if (births.length === 0) return;
  const known = names.length > 0 ? makeKnownNames(names) : null;
  const formsOf = births.map((c) => [c, yearlessFormsOf(c.variants)] as const);
  for (const f of fields) {
    const lower = f.text.toLowerCase();
    for (const [c, forms] of formsOf)
      for (const s of findYearlessBirthdays(f.text, forms, known, lower)) {
        const anchor = f.text.slice(Math.max(0, s.start - 24), s.start);
        if (!c.spots.some((o) => o.anchor === anchor && o.text === s.text)) c.spots.push({ anchor, text: s.text });
      }
  }
}

/**
 * Nicknames written beside a full name they abbreviate ("DJ (darnell jackson jr)") join that child, or name a new
 * one; then every child's name is also matched as staff type it in lower case (lib/redaction/name-forms.ts).
 */
function addNameForms(
  order: RedactionCandidate[],
  fields: { path: string; text: string }[],
  candidateFor: (d: FieldDetection) => RedactionCandidate,
): void {
  const childOf = new Map<string, RedactionCandidate>();
  const learn = (c: RedactionCandidate) => {
    for (const v of [...c.variants, ...c.caseInsensitiveVariants])
      if (!childOf.has(v.toLowerCase())) childOf.set(v.toLowerCase(), c);
  };
  for (const c of order) if (c.kind === 'studentName') learn(c);
  const fullNamesOf = (first: string): string[] => {
    const c = childOf.get(first.toLowerCase());
    return c ? c.variants.filter((v) => /\s/.test(v) && v.toLowerCase().startsWith(`${first.toLowerCase()} `)) : [];
  };
  for (const field of fields)
    for (const pair of findNicknamePairs(field.text, (name) => childOf.has(name.toLowerCase()), fullNamesOf)) {
      const c =
        childOf.get(pair.full.toLowerCase()) ??
        childOf.get(pair.short.toLowerCase()) ??
        candidateFor({
          kind: 'studentName',
          text: pair.full,
          start: pair.start,
          key: normaliseKey(pair.full),
          reason: { code: 'nickname', detail: '' },
          scope: 'global',
          field: field.path,
          anchor: field.text.slice(Math.max(0, pair.start - 24), pair.start),
        });
      if (c.kind !== 'studentName') continue;
      const parts = pair.full.split(/\s+/).filter((w) => w.length >= 3 && !/^(?:jr|sr)\.?$/iu.test(w));
      for (const v of [pair.full, pair.short, ...titleCaseForms(pair.full), ...titleCaseForms(pair.short)])
        addVariant(c, v, false);
      for (const p of parts) for (const v of [p, ...titleCaseForms(p)]) addVariant(c, v, false);
      learn(c);
    }
  for (const c of order)
    if ((c.kind === 'studentName' || c.kind === 'parentName') && c.reason.code !== 'roster')
      for (const v of [...c.variants]) for (const lower of lowerCaseForms(v)) addVariant(c, lower, false);
}

/** A capitalised word right after a child's first name, with the space between. */
const nextWord = /^ (\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}])/u;
const surnameTags = new Set([undefined, 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person']);

/** A capitalised word followed by a space and a capital; sticky, tried only at capitals (all-matches.ts). */
const capitalisedBeforeCapital = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}'’-]*) (?=\p{Lu})/uy;
/** The first character of `capitalisedBeforeCapital`'s name. */
const startsWithCapital = /^\p{Lu}/u;

/**
 * A child known by a first name and written elsewhere with a surname after it ("Iker" and "Iker Domínguez"):
 * the full name becomes a variant, so the surname goes with the first name instead of standing beside its
 * pseudonym ("[Estudiante 1] Domínguez", seen on the fifth part). Not a word that never starts a name, not a
 * school or a street after it, and not another person's name.
 */
function addAdjacentSurnames(all: RedactionCandidate[], fields: { text: string }[]): void {
  const byFirst = new Map<string, RedactionCandidate>();
  for (const c of all)
    if (c.kind === 'studentName')
      for (const v of c.variants)
        if (!/\s/.test(v) && v.length >= 2 && c.variants.every((w) => !w.startsWith(`${v} `)) && !byFirst.has(v))
          byFirst.set(v, c);
  if (byFirst.size === 0) return;
  const others = new Map<string, RedactionCandidate>();
  for (const c of all) for (const v of c.variants) if (!others.has(v)) others.set(v, c);
  // One pass per field over capitalised words followed by another (cheaper than an alternation of every name).
  // Only lines holding one of the first names are read: a match never crosses a line break. Only the names
  // written with a capital can be the capitalised word matched: the lower-case forms staff type ("maria",
  // name-forms.ts) sent every line of a lesson holding "ma…" to the regex for nothing (scan10: ~6 % of the scan).
  const linesHoldingAFirstName = keywordLineFinder([...byFirst.keys()].filter((v) => startsWithCapital.test(v)));
  for (const f of fields)
    for (const line of linesHoldingAFirstName(f.text))
      for (const m of allMatchesWhere(capitalisedBeforeCapital, line.text, mayBeCapital)) {
        if (!byFirst.has(m[1] as string)) continue;
        const first = m[1] as string;
        const c = byFirst.get(first)!;
        const at = line.start + m.index;
        const surname = f.text.slice(at + first.length, at + first.length + 40).match(nextWord)?.[1];
        if (!surname || notANameWord(surname) || !surnameTags.has(lexiconTag(surname))) continue;
        const owner = others.get(surname);
        if (owner && owner !== c) continue;
        if (isLessonNameAt(f.text, at, at + first.length + 1 + surname.length, false)) continue;
        const full = `${first} ${surname}`;
        if (isWellKnownName(full, new Set()) || c.variants.includes(full)) continue;
        c.variants.push(full);
      }
}

/**
 * The candidate a name found again joins through one of its words: "Maria" or "Lopez" joins "Maria Lopez", and
 * "Maria L." too, but "Loretta Pickett" does not join "DeShawn Pickett": a full name whose first word is not the
 * person's is someone else of the same family (found on the fifth part, where the child's pseudonym named the
 * grandmother).
 */
function joinedByPart(d: FieldDetection, byNamePart: Map<string, RedactionCandidate>): RedactionCandidate | undefined {
  const words = d.text
    .replace(/^(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\.?\s+/u, '')
    .split(/\s+/)
    .filter(Boolean);
  for (const [i, w] of words.entries()) {
    const c = byNamePart.get(`${d.kind}:${w}`);
    if (!c) continue;
    if (i === 0 || words.length === 1) return c;
    const first = words[0]!;
    // A last name shared, with a first name this person has never been called by: another family member.
    if (/^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(first) && first.length > 2 && !c.variants.includes(first)) return undefined;
    return c;
  }
  return undefined;
}

/**
 * An address or phone that one of its appearances shows to be a school's: read with its own line, and with the
 * line before when it starts its line (a signature: "Attendance Clerk, Desert Vista Middle School" over the
 * address). Not the whole field: a museum named three lines up says nothing about a parent's number.
 */
/** A phone number's shape, to tell which of two numbers in a sentence a cue sits beside. */
const phoneShape = /(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}/g;

/**
 * The part of [from, to) that speaks of the value at [at, atEnd): up to halfway to another phone number on either
 * side ("puedo llamarla al 915-555-0142, o usted puede llamar a la escuela al 915-555-0100": the school is the
 * second number's), and not past a dash or a sentence's end after it ("phone (520-555-0158) — the office must
 * update the record": the office acts on the number, it does not own it).
 */
function ownClause(
  text: string,
  from: number,
  to: number,
  at: number,
  atEnd: number,
  isPhone: boolean,
): { start: number; end: number } {
  let start = from;
  let end = to;
  for (const m of isPhone ? allMatches(phoneShape, text.slice(from, to)) : []) {
    const mStart = from + m.index;
    const mEnd = mStart + m[0].length;
    if (mEnd <= at) start = Math.max(start, Math.ceil((mEnd + at) / 2));
    else if (mStart >= atEnd) end = Math.min(end, Math.floor((atEnd + mStart) / 2));
  }
  const stop = text.slice(atEnd, end).search(/\s[—–]\s|[.;!?](?:\s|$)/);
  if (stop !== -1) end = atEnd + stop;
  return { start, end };
}

function isSchoolsEverywhere(c: RedactionCandidate, fields: { text: string }[]): boolean {
  if (c.kind !== 'address' && c.kind !== 'phone') return false;
  // Found in a phone or address column of a class table: a child's family's, wherever else it is repeated
  // ("a phone call to (402) 555-0138 may work better" beside "ask the district", part 7).
  if (c.reason.code === 'column') return false;
  // A street without its flat ("2291 Larkspur Ct" of "2291 Larkspur Ct, Apt 6") speaks through the full form: the
  // transport office routing a pickup there does not make the family's home the school's.
  const fullForms = c.variants.filter((v) => !c.variants.some((w) => w !== v && w.includes(v)));
  for (const value of fullForms)
    for (const f of fields)
      for (let at = f.text.indexOf(value); at !== -1; at = f.text.indexOf(value, at + 1)) {
        const lineStart = f.text.lastIndexOf('\n', at - 1) + 1;
        // A quoted reply ("> 1450 Harmon Rd, …") or a list item starts its line after its mark.
        // A signature's address line under the school's name, or the phone after it on the same line
        // ("2450 W. Oakdale Ave, Pittsburgh, PA 15213 | (412) 555-0300"): the line before counts too.
        const from = lineStart > 0 ? f.text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
        const next = f.text.indexOf('\n', at + value.length);
        const { start, end } = ownClause(
          f.text,
          from,
          next === -1 ? f.text.length : next,
          at,
          at + value.length,
          c.kind === 'phone',
        );
        const context = f.text.slice(start, end);
        if (isInstitutional(context, at - start, at - start + value.length)) return true;
      }
  return false;
}

/** A term the teacher adds in the preview: redacted wherever it appears, in any case. */
export function addCustomTerm(
  doc: TraceDocument,
  candidates: RedactionCandidate[],
  term: string,
): RedactionCandidate[] {
  const text = term.trim();
  if (
    text === '' ||
    candidates.some((c) =>
      c.caseInsensitiveVariants.concat(c.variants).some((v) => v.toLowerCase() === text.toLowerCase()),
    )
  )
    return candidates;
  const fields = scannedFields(doc);
  const n = candidates.filter((c) => c.kind === 'custom').length + 1;
  const first = fields.find((f) => f.text.toLowerCase().includes(text.toLowerCase()));
  if (!first) return candidates;
  const at = first.text.toLowerCase().indexOf(text.toLowerCase());
  const c: RedactionCandidate = {
    id: `custom:${text.toLowerCase()}`,
    kind: 'custom',
    text,
    reason: { code: 'custom', detail: text },
    variants: [],
    caseInsensitiveVariants: [text],
    spots: [],
    replacement: pseudonym('custom', n, doc.language),
    occurrences: 0,
    context: { field: first.path, ...snippet(first.text, at, text.length) },
  };
  countOccurrences(
    [c],
    fields.map((f) => f.text),
  );
  return [...candidates, c];
}

/** One pass over the texts for all candidates: each hit is credited to the candidate whose pseudonym replaced it. */
function countOccurrences(candidates: RedactionCandidate[], texts: string[]): void {
  const byReplacement = new Map(candidates.map((c) => [c.replacement, c]));
  for (const c of candidates) c.occurrences = 0;
  const replace = makeReplacer(candidates);
  for (const t of texts) replace(t, (replacement) => byReplacement.get(replacement)!.occurrences++);
  for (const c of candidates) c.occurrences = Math.max(c.occurrences, 1);
}

/** How far before a local value its anchor (two words and the separators around them) is looked for. */
const anchorReach = 400;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** Private separator joining the pieces of a word diff, so a value's anchor may sit in the previous piece. */
const joint = '\u0000';
const separators = '[\\s|,:;=\\t"\'*`—–()\\[\\]\\u0000-]*';
/** A run of separators, compiled once: anchorWords runs for every spot of every scan and redaction. */
const separatorRun = new RegExp(`${separators.slice(0, -1)}+`, 'u');

/**
 * The last two words before a local value, with any separators between and after them: the same row or
 * sentence in a turn's Markdown ("| 48213 | B+ |") and in its plain text ("48213\tB+").
 */
function anchorPattern(anchor: string): string {
  return anchorWords(anchor)
    .map((w) => `${escapeRegExp(w)}${separators}`)
    .join('');
}

function anchorWords(anchor: string): string[] {
  return anchor.split(separatorRun).filter(Boolean).slice(-2);
}

/** Words of a sentence about a child's allergy or diet: "no peanuts at table 2", "sin frutos secos". */
const healthAvoidanceCue =
  /\b(?:allerg\w*|al[ée]rg\w*|intoleran\w*|reactions?|EpiPen|epinephrine|anaphyla\w*|snacks?|lunch|merienda|comedor|can['’]?t (?:eat|have|touch)|cannot (?:eat|have|touch)|no puede (?:comer|tomar))\b/iu;
/** Right before the value: "no peanuts", "sin frutos secos", "avoid sesame"; right after: "peanut-free". */
const avoidedBefore = /(?:\b(?:no|sin|avoid|without|nada de|free of)\s+)$/iu;
const avoidedAfter = /^[- ]free\b/iu;

/**
 * Every place where one of `values` (none empty) is written, overlapping ones too: the same (value, place) pairs as
 * an `indexOf` loop per value, found in one pass over the text. Values are looked up by their first two code
 * units (one-unit values apart), and a table of first units rules most places out with one read.
 *
 * Why (scan9, 1 Dec 2026): a trace's local values (a grade, "peanuts", a seat number) were each searched for over
 * the whole of every field, once to count occurrences in the scan and again to redact: 45 values over the
 * 50,000-word bench trace cost ~15-20 ms a pass, most of it `indexOf` on two-byte text.
 */
function makeOccurrenceFinder(values: readonly string[]): (text: string) => { value: string; at: number }[] {
  // 1: a value starts with this unit; 2: a one-unit value is this unit (both may hold).
  const firsts = new Uint8Array(0x10000);
  // The first two units of some value, hashed: most pairs of a lesson's words are ruled out by one read.
  const pairs = new Uint8Array(0x10000);
  const byPair = new Map<number, string[]>();
  for (const v of values) {
    firsts[v.charCodeAt(0)]! |= v.length === 1 ? 2 : 1;
    if (v.length === 1) continue;
    pairs[pairHash(v.charCodeAt(0), v.charCodeAt(1))] = 1;
    const key = v.charCodeAt(0) * 0x10000 + v.charCodeAt(1);
    const list = byPair.get(key);
    if (list) list.push(v);
    else byPair.set(key, [v]);
  }
  return (text) => {
    const found: { value: string; at: number }[] = [];
    if (values.length === 0) return found;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const first = firsts[code]!;
      if (first === 0) continue;
      if (first & 2) found.push({ value: text.charAt(at), at });
      if (!(first & 1) || at + 1 >= text.length) continue;
      const next = text.charCodeAt(at + 1);
      if (pairs[pairHash(code, next)] === 0) continue;
      const list = byPair.get(code * 0x10000 + next);
      if (list) for (const v of list) if (text.startsWith(v, at)) found.push({ value: v, at });
    }
    return found;
  };
}

function pairHash(first: number, second: number): number {
  return ((first * 33) ^ second) & 0xffff;
}

/** A title right before a name: "Ms. ", "Mrs ", "Sra. ". */
const titleBefore = /(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Miss|Sr|Sra|Srta|Señora|Señor)\.?\s+$/u;

/** Every student's name variant, as one pattern (null when there is none). */
function namesPattern(active: RedactionCandidate[]): RegExp | null {
  const names = active
    .filter((c) => c.kind === 'studentName')
    .flatMap((c) => [...c.variants, ...c.caseInsensitiveVariants])
    .filter((v) => v.length >= 2);
  if (names.length === 0) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
}

/**
 * One function replacing every candidate: local values after their anchors first (on the text as written),
 * then global variants, never inside a well-known name or title ("Martin" the child, not in "Martin Luther King").
 */
function makeReplacer(
  active: RedactionCandidate[],
  teacherNameIn: ((text: string) => { start: number; end: number }[]) | null = null,
): (text: string, onHit?: (replacement: string) => void) => string {
  // Local values are looked up by value (a native indexOf), and only where a value occurs is its anchor tested,
  // on the text just before it: one search per distinct value instead of a regex pass over every text per spot.
  // The anchor's last word, written as it is in the pattern, must be in the text before: a plain `includes`
  // rules out most places of a short value ("7", "Yes") before the anchor's regex is tried on 400 characters.
  const spotsByValue = new Map<string, { anchor: RegExp; lastWord: string; replacement: string }[]>();
  for (const c of active)
    for (const s of c.spots) {
      const list = spotsByValue.get(s.text) ?? [];
      list.push({
        anchor: new RegExp(`${anchorPattern(s.anchor)}$`, 'u'),
        lastWord: anchorWords(s.anchor).at(-1) ?? '',
        replacement: c.replacement,
      });
      spotsByValue.set(s.text, list);
    }
  const findSpotValues = makeOccurrenceFinder([...spotsByValue.keys()]);
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  /** Pseudonyms of names: only a name can be part of a well-known one ("2217 Bluebonnet Ln, Houston" is not). */
  const nameReplacements = new Set(
    active.filter((c) => c.kind === 'studentName' || c.kind === 'parentName').map((c) => c.replacement),
  );
  for (const c of active) {
    for (const v of c.variants) {
      if (!exact.has(v)) exact.set(v, c.replacement);
      const plain = stripMarks(v);
      if (!exact.has(plain)) exact.set(plain, c.replacement);
    }
    for (const v of c.caseInsensitiveVariants)
      if (!folded.has(v.toLowerCase())) folded.set(v.toLowerCase(), c.replacement);
  }
  // A surname shared by a child and a parent: after a title ("Dear Ms. Pickett") it is the parent's.
  const parentExact = new Map<string, string>();
  for (const c of active)
    if (c.kind === 'parentName') for (const v of c.variants) if (!parentExact.has(v)) parentExact.set(v, c.replacement);
  // The matcher ignores case: one value per spelling in any case ("Olly Pearson" also finds "olly pearson", whose
  // own variant then names it in `exact`); duplicates only lengthened the alternation.
  const byLower = new Map<string, string>();
  for (const v of [...exact.keys(), ...folded.keys()])
    if (!byLower.has(v.toLowerCase())) byLower.set(v.toLowerCase(), v);
  const all = [...byLower.values()].sort((a, b) => b.length - a.length);
  // A value learned from a health column ("peanuts" under "Allergies") names the child's condition where the
  // text speaks of it (a row, "no peanuts at table 2", a sentence naming a child), not in a lesson about peanuts.
  const columnHealth = new Set(
    active.filter((c) => c.kind === 'health' && c.reason.code === 'column').map((c) => c.replacement),
  );
  let studentNames: RegExp | null = null;
  const speaksOfChild = (source: string, start: number, end: number): boolean => {
    const from =
      Math.max(
        source.lastIndexOf('\n', start - 1),
        ...['. ', '! ', '? '].map((p) => source.lastIndexOf(p, start - 1)),
      ) + 1;
    const stops = ['\n', '. ', '! ', '? '].map((p) => source.indexOf(p, end)).filter((i) => i !== -1);
    const sentence = source.slice(from, stops.length ? Math.min(...stops) : source.length);
    if (/^\s*\||\t/.test(sentence) || healthAvoidanceCue.test(sentence)) return true;
    if (avoidedBefore.test(source.slice(Math.max(0, start - 16), start)) || avoidedAfter.test(source.slice(end)))
      return true;
    studentNames ??= namesPattern(active);
    return studentNames !== null && studentNames.test(sentence);
  };
  const matchValues = all.length > 0 ? makeValueMatcher(all) : null;
  return (text, onHit) => {
    let out = text;
    if (spotsByValue.size) {
      // All local values are found on the text as written, then replaced from the end: one replacement
      // must not break the anchor of the next ("iep": true, "allergies": "bee stings").
      const hits: { start: number; end: number; replacement: string }[] = [];
      for (const { value, at } of findSpotValues(text)) {
        const spots = spotsByValue.get(value)!;
        const end = at + value.length;
        if (letterOrDigit.test(text.charAt(end))) continue;
        const before = text.slice(Math.max(0, at - anchorReach), at);
        const spot = spots.find((s) => before.includes(s.lastWord) && s.anchor.test(before));
        if (spot) hits.push({ start: at, end, replacement: spot.replacement });
      }
      // Where two values overlap ("jumped from 420L to 610L" and "610L"), the longer one is replaced.
      hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const chosen: typeof hits = [];
      for (const h of hits) if (!chosen.some((k) => h.start < k.end && k.start < h.end)) chosen.push(h);
      chosen.sort((a, b) => b.start - a.start);
      for (const h of chosen) {
        out = out.slice(0, h.start) + h.replacement + out.slice(h.end);
        onHit?.(h.replacement);
      }
    }
    if (!matchValues) return out;
    // Well-known names are looked up only in texts where something is about to be replaced.
    let spans: ReturnType<typeof wellKnownSpans> | null = null;
    let teacherSpans: { start: number; end: number }[] | null = null;
    const source = out;
    const replaceOne = (match: string, offset: number): string => {
      let replacement = exact.get(match) ?? folded.get(match.toLowerCase());
      if (!replacement) {
        // A variant matched ignoring case but written otherwise ("lena k" over "Lena K."): the longest variant
        // written as it is at the start of the match is replaced ("Lena"), the rest is kept.
        for (let end = match.length - 1; end > 0; end--) {
          if (letterOrDigit.test(match.charAt(end))) continue;
          const head = match.slice(0, end);
          if (exact.has(head)) return replaceOne(head, offset) + match.slice(end);
        }
        return match;
      }
      const parents = parentExact.get(match);
      if (parents && parents !== replacement && titleBefore.test(source.slice(Math.max(0, offset - 12), offset)))
        replacement = parents;
      if (columnHealth.has(replacement) && !speaksOfChild(source, offset, offset + match.length)) return match;
      if (!nameReplacements.has(replacement)) {
        onHit?.(replacement);
        return replacement;
      }
      spans ??= wellKnownSpans(source);
      if (spans.length && isWithinWellKnown(source, offset, offset + match.length, spans)) return match;
      if (isInPlaceName(source, offset, offset + match.length)) return match;
      if (isInPlacePhrase(source, offset, offset + match.length)) return match;
      // A surname the teacher shares with a child stays in the teacher's own name (teacher-name-spans.ts).
      teacherSpans ??= teacherNameIn?.(source) ?? [];
      if (isWithinSpans(teacherSpans, offset, offset + match.length)) return match;
      onHit?.(replacement);
      return replacement;
    };
    let redacted = '';
    let copied = 0;
    for (const { index, match } of matchValues(source)) {
      redacted += source.slice(copied, index) + replaceOne(match, index);
      copied = index + match.length;
    }
    return redacted + source.slice(copied);
  };
}

/**
 * A copy of the document with every candidate not in `keep` (ids the teacher kept) replaced by its pseudonym in
 * every text an export writes: title, turns (text, Markdown, notes), final artifact, the word diff, reflection,
 * notes, conversation titles and URLs, and the final artifact's source page (title and URL). `redaction` records how many items were replaced. `doc` is not changed.
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
  const replace = makeReplacer(active, makeTeacherNameFinder(doc.teacher.name));
  // In addresses, names are matched in any case ("…/maria-lopez/…", "?student=jamal+carter").
  // Built on first use: most documents have an address or two, and a replacer costs a large regular expression.
  let urlReplacer: ((text: string) => string) | null = null;
  const replaceUrlText = (text: string): string => {
    urlReplacer ??= makeReplacer(
      active.map((c) =>
        c.kind === 'studentName' || c.kind === 'parentName'
          ? {
              ...c,
              caseInsensitiveVariants: [...c.caseInsensitiveVariants, ...c.variants.filter((v) => v.length >= 3)],
            }
          : c,
      ),
    );
    return urlReplacer(text);
  };
  copy.title = replace(copy.title);
  for (const t of copy.turns) {
    t.text = replace(t.text);
    t.markdown = replace(t.markdown);
    t.note = replace(t.note);
  }
  copy.finalArtifact = replace(copy.finalArtifact);
  if (copy.edits) {
    const pieces = replace(copy.edits.ops.map((o) => o.text.replaceAll(joint, '')).join(joint)).split(joint);
    copy.edits.ops.forEach((op, i) => (op.text = pieces[i] ?? ''));
  }
  for (const key of Object.keys(copy.reflection) as (keyof TraceDocument['reflection'])[])
    copy.reflection[key] = replace(copy.reflection[key]);
  copy.implementationNotes = replace(copy.implementationNotes);
  copy.studentImpact = replace(copy.studentImpact);
  copy.readinessNote = replace(copy.readinessNote);
  for (const c of copy.conversations) {
    c.title = replace(c.title);
    c.url = replaceInUrl(c.url, replaceUrlText);
  }
  if (copy.artifactSource) {
    copy.artifactSource.title = replace(copy.artifactSource.title);
    copy.artifactSource.url = replaceInUrl(copy.artifactSource.url, replaceUrlText);
  }
  copy.redaction = { applied: true, itemCount: active.length };
  return copy;
}

export type { Detection };
