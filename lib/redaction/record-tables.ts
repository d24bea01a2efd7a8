import { classifyFieldName } from './field-names';
import type { RedactionKind } from './kinds';
import type { TableCell } from './text-structure';

/**
 * One child's record written as a table of labels and values instead of a table with a column per field: an
 * intake form translated into a two-column table ("| Student name | Thiago … |", "| Health | Hernia surgery in
 * 2024; … |"), an "IEP at a glance" ("| **Eligibility** | Other Health Impairment …; SLD in math calculation |"),
 * a field-trip medical form or an athletics physical. The label in the first cell says what the cells after it
 * hold, as a column header does for its column (parts 11 and 12 each had one, 1 Dec 2026).
 *
 * A table counts as a record only when one of its labels names the child (name, ID or date of birth) and another
 * names a detail: a glossary of health words ("| Allergy | an immune reaction |") names no child.
 */

/**
 * Labels of a record that a column header rarely uses, by class: a child's eligibility or disability category
 * (IDEA's "eligibility", "primary/secondary disability", "exceptionality", Spanish "elegibilidad",
 * "discapacidad", "NEE"), English-development status (ELL/EL/ELD/ESL), tiers and interventions, and a health
 * history (surgeries, conditions, injuries, hospital stays, immunisations, restrictions; "antecedentes",
 * "cirugías", "enfermedades", "vacunas"). Matched on the label normalised by classifyFieldName's rules.
 */
const recordLabels: [RedactionKind, RegExp][] = [
  [
    'specialEducation',
    /^(?:(?:primary|secondary|area of )?(?:eligibility|disability|exceptionality|classification)(?: category| categories| area)?|ell|el|eld|esl|ell status|el status|eld level|english (?:learner|language) (?:status|level)|tier|mtss tier|intervention|interventions|elegibilidad|discapacidad|nee|necesidades educativas(?: especiales)?|categoria|programa de integracion)$/,
  ],
  [
    'health',
    /^(?:(?:medical |health )?(?:conditions?|history|concerns?|alerts?|notes)|surger(?:y|ies)|operations?|injur(?:y|ies)|hospitali[sz]ations?|immuni[sz]ations?|vaccines?|restrictions?|physical restrictions|activity restrictions|vision|hearing|antecedentes(?: medicos| de salud)?|cirugias?|operaciones|enfermedad(?:es)?|vacunas?|lesion(?:es)?|restricciones|tipo de sangre|grupo sanguineo)$/,
  ],
];

const identityKinds = new Set<RedactionKind>(['studentName', 'studentId', 'dateOfBirth']);

function normalisedLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What one label of a record says its value is ("Health" → health, "Eligibility" → specialEducation). */
function labelKind(label: string): RedactionKind | null {
  // "ID / DOB": the first named kind is enough to tell the record names a child.
  const known = classifyFieldName(label) ?? classifyFieldName(label.split(/\s*\/\s*/)[0] ?? '');
  if (known) return known;
  const words = normalisedLabel(label);
  for (const [kind, pattern] of recordLabels) if (pattern.test(words)) return kind;
  return null;
}

/**
 * A label that names the child: an ID or a date of birth, or a name said to be a student's ("Student",
 * "Athlete", "Nombre del estudiante"). A bare "Name" heads a character card as readily as a child's record.
 */
function namesTheChild(label: string): boolean {
  const kind = labelKind(label);
  if (kind === null || !identityKinds.has(kind)) return false;
  return (
    kind !== 'studentName' || !/^(?:(?:full |first |last )?name|nombres?(?: completo)?)$/.test(normalisedLabel(label))
  );
}

/**
 * The kind of each row's values when the table is one child's record (null for a row whose label names no
 * student data), or undefined when it is not a record. `rows` are the cells of each row, label first.
 */
export function recordRowKinds(
  headers: readonly string[],
  rows: readonly { text: string }[][],
): (RedactionKind | null)[] | undefined {
  if (headers.length > 3 || headers.length < 2 || rows.length < 2) return undefined;
  // The header row of a two-column form is itself a label and value ("| Student | Olivia … |") or blank.
  const labels = rows.map((cells) => (cells.length >= 2 ? (cells[0]?.text ?? '') : ''));
  const kinds = labels.map((label) => (label ? labelKind(label) : null));
  const named = [headers[0] ?? '', ...labels].some(namesTheChild);
  const details = kinds.filter((k) => k !== null && !identityKinds.has(k)).length;
  return named && details >= 1 ? kinds : undefined;
}

/**
 * A long health or support value ("Extended time 1.5x · tests read aloud · …") split at its separators, so each
 * piece is short enough to be one finding; other values stay whole.
 */
export function recordValueCells(cell: TableCell): TableCell[] {
  if ((cell.kind !== 'health' && cell.kind !== 'specialEducation') || cell.text.length <= 80) return [cell];
  const out: TableCell[] = [];
  const separator = /\s*(?:[;·•]|\s\+\s|,\s)\s*/gu;
  let from = 0;
  for (const m of cell.text.matchAll(separator)) {
    const piece = cell.text.slice(from, m.index);
    if (piece.trim()) out.push({ ...cell, text: piece, start: cell.start + from });
    from = m.index + m[0].length;
  }
  const last = cell.text.slice(from);
  if (last.trim()) out.push({ ...cell, text: last, start: cell.start + from });
  return out;
}
