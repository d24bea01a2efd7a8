import { escapeRegExp } from './detection';

/**
 * A log or a directory export writes its authors surname first ("Kwan, Lorraine", "Cho, Esther": PowerSchool's
 * log entries, an SIS contact list), and name rules reading a line about a child take the first name after the
 * comma for a child (blind part 21, 2 Dec 2026: two staff authors of a log redacted as students). The first
 * name is staff when one of its surnames before a comma is a staff member's, named so elsewhere in the trace:
 * after an honorific ("Ms. Kwan"; or among the scan's staff words, staff-directory.ts) or after a staff role
 * ("counselor Esther Cho", "Nurse Ibarra"). Only when every appearance of the first name is in such a form
 * ("Kwan, Lorraine", "Esther Cho", "Ms. Kwan"): a child who shares a staff member's first name elsewhere in the
 * trace stays a child.
 */
const roles = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Prof|Profa)\.?|counsel(?:l)?or|teacher|nurse|principal|assistant principal|vice principal|dean|coach|librarian|psychologist|social worker|case manager|aide|para(?:professional)?|interventionist|specialist|coordinator|director|SLP|OT|PT|orientador[a]?|consejer[ao]|maestr[ao]|profesor[a]?|enfermer[ao]|psic[óo]log[ao])`;

// Words that open a greeting or address someone: a surname after one of them and before a comma is the person
// addressed, not a "Surname, First" listing.
const greeting = String.raw`(?:(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Prof|Profa)\.?|(?<![\p{L}])(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ola|[Ee]stimad[ao]s?|[Qq]uerid[ao]s?))`;

/** True when `first` (one word) appears only as the first name of staff in `texts` (see above). */
export function isReversedStaffFirstName(
  first: string,
  texts: readonly string[],
  staffWords: ReadonlySet<string>,
): boolean {
  if (/\s/u.test(first)) return false;
  // A native search first: most names are never written after a comma.
  if (!texts.some((t) => t.includes(`, ${first}`))) return false;
  const name = escapeRegExp(first);
  // Not a greeting: "Hi Mrs. Patterson, Caleb did great…" addresses the parent, then names the child.
  const reversed = new RegExp(
    String.raw`(?<![\p{L}])(?<!${greeting}[ \t]+)(\p{Lu}[\p{L}'’-]+),[ \t]+${name}(?![\p{L}])`,
    'gu',
  );
  // Only the texts holding the name (or, below, the surname) can match a pattern written around it: the native
  // search rules out the long lesson fields, which the patterns' lookbehinds would read at every position.
  const holdingName = texts.filter((t) => t.includes(first));
  const surnames = new Set<string>();
  for (const t of holdingName) for (const m of t.matchAll(reversed)) surnames.add(m[1] as string);
  if (surnames.size === 0) return false;
  const asStaff = (s: string) => {
    if (staffWords.has(s.toLowerCase())) return true;
    // The surname alone, in the role pattern's flags: a text without it can't hold the role before it.
    const surname = new RegExp(escapeRegExp(s), 'iu');
    const withRole = new RegExp(
      String.raw`(?<![\p{L}])${roles}[ \t]+(?:${name}[ \t]+)?${escapeRegExp(s)}(?![\p{L}])`,
      'iu',
    );
    return texts.some((t) => surname.test(t) && withRole.test(t));
  };
  const staffSurnames = [...surnames].filter(asStaff);
  if (staffSurnames.length === 0) return false;
  // Every appearance: "Surname, First" or "First Surname" with a staff surname.
  const any = new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, 'gu');
  const staffForms = staffSurnames.map(escapeRegExp).join('|');
  const before = new RegExp(String.raw`(?:${staffForms}),[ \t]+$`, 'u');
  const after = new RegExp(String.raw`^[ \t]+(?:${staffForms})(?![\p{L}])`, 'u');
  return holdingName.every((t) =>
    [...t.matchAll(any)].every(
      (m) =>
        before.test(t.slice(Math.max(0, m.index - 40), m.index)) ||
        after.test(t.slice(m.index + first.length, m.index + first.length + 40)),
    ),
  );
}
