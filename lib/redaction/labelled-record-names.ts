import { notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * A child named in title case after a student label at the head of a record whose fields follow on the same line,
 * split by a middle dot, a bullet, a bar, a comma or a semicolon: "Alumna: Uxía Castiñeiras Lema · 3.º B · NIE …",
 * "Student: Tavish Oyelaran-Brooks | Year 9 | UPN …", "Estudiante: Ainhoa del Río Sanz, 2.º ESO". The name-cue rules
 * read a labelled name that ends its line; a record heading with its class and numbers after it lost its child in
 * part 22 (2 Dec 2026, a Galician orientation report), and with it the details the AI's summary repeated beside her.
 * Two to five capitalised words (with "de", "del", "la", "da", "dos" between), none an everyday word of the lexicon;
 * the label before it says who it is, so a given name the lexicon has never seen ("Uxía", "Eilidh") counts. The scan
 * keeps well-known people, the teacher and staff as for every name.
 */
const particle = String.raw`(?:de|del|la|las|los|da|das|do|dos|van|von|y|i)`;
const nameWord = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*`;
const labelled = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Aa]lumn[oa]|[Ee]studiante|[Ss]tudent|[Pp]upil|[Ll]earner|[Nn]ombre del? (?:alumn[oa]|estudiante))[ \t]*:[ \t]*(${nameWord}(?:[ \t]+(?:${particle}[ \t]+){0,2}${nameWord}){1,4})(?=[ \t]*[·•|,;]|[ \t]{2,}|\t)`,
    'gu',
  ),
);
/** A cheap look first: a label's letters. */
const mayHold = compiledEarly(/lumn|studiante|tudent|upil|earner/u);

/** The children named so in `text`. */
export function findLabelledRecordNames(text: string): Detection[] {
  if (!mayHold.test(text)) return [];
  const out: Detection[] = [];
  for (const m of allMatches(labelled, text)) {
    const name = m[1] as string;
    const words = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.some((w) => notANameWord(w))) continue;
    out.push({
      kind: 'studentName',
      text: name,
      start: m.index + m[0].length - name.length,
      key: normaliseKey(name),
      reason: { code: 'studentCue', detail: m[0].slice(0, m[0].length - name.length).trim() },
      scope: 'global',
      parts: words.filter((w) => w.length >= 3),
    });
  }
  return out;
}
