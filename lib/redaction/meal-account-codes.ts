import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * A child's meal account written in the words of the service that issues it, with a few words between the service
 * and the code's name: "Canteen (Flexischools) tag: 5K-118", "Ruby's lunch order code is R9-042 and Hemi's is R9-017",
 * "his supper number at the program is 318", "beca de comedor (n.º 0417)", "cafeteria card # 22871". The lunch-number
 * labels of patterns.ts want the code's name right after the service ("lunch code", "canteen PIN", "número de
 * comedor"), and the value as digits with a letter prefix; part 22 (2 Dec 2026) lost five codes written this way, in
 * an OCR'd report card, a class newsletter, a grant report and an absence pivot. Like any lunch number (issue 9), the
 * code reveals a family's free or reduced-price status.
 *
 * The service word comes first (lunch, meal, canteen, cafeteria, supper, dinner, breakfast, catering, comedor,
 * almuerzo, desayuno, menjador), then within the same clause (no comma, stop or colon between) the code's name (tag,
 * code, number, PIN, ID, card, account, n.º, #, código, número, tarjeta, cuenta), then the value: three digits or
 * more, with an optional prefix of a letter or two, a letter and a digit ("R9-"), or a digit and a letter ("5K-").
 * More values joined by "and"/"y" or a comma, each perhaps after a child's possessive ("and Hemi's is R9-017"),
 * belong to the same list. A time ("lunch number 2 is at 11:40"), a price or a phone ("canteen number 555-0100") is no
 * code.
 */

const service = String.raw`(?:lunch|meal|canteen|cafeteria|cafeter[íi]a|supper|dinner|breakfast|catering|comedor|almuerzo|desayuno|menjador)`;
const codeName = String.raw`(?:tags?|codes?|c[óo]digos?|numbers?|n[úu]meros?|pins?|ids?|cards?|tarjetas?|accounts?|cuentas?|n\.?[º°]|no\.|#)`;
const value = String.raw`(?:[A-Z]{1,2}\d?-?|\d[A-Z]-)?\d{3,8}`;
/**
 * After a value: no letter or digit, no time, decimal, range or phone continuing it, no "am"/"pm", and no count of
 * things ("lunch count number: 240 students").
 */
const valueEnd = String.raw`(?![\p{L}\p{N}]|[.,/:-]\d|[ \t]*(?:am|pm|a\.m|p\.m)(?![\p{L}])|[ \t]+(?:students|pupils|children|kids|meals|lunches|servings|portions|people|calories|kcal|minutes|mins?|alumn[oa]s|niñ[oa]s|comidas|raciones|men[úu]s|personas)(?![\p{L}]))`;

/**
 * Between the code's name and its value: a brand in parentheses, a place ("at the program", "en el comedor"), then a
 * colon, "#", "=" or "is" — never other words ("code of conduct: 2024").
 */
const afterName = String.raw`(?:[ \t]*\([^)\n]{1,30}\))?(?:[ \t]+(?:at|in|for|en|del?|para)[ \t]+(?:(?:the|el|la)[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+)?)?[ \t]*(?:[:#=]|(?:is|es|was|era|were)(?![\p{L}]))?[ \t]*`;
const firstCode = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])${service}(?:[^\n.,;:!?]{0,30}?)(?<![\p{L}])${codeName}(?![\p{L}])${afterName}(?<![\p{L}\p{N}.,/:-])(${value})${valueEnd}`,
    'giu',
  ),
);
/** The next value of a list, right after one: ", and Hemi's is R9-017", " y 0418". */
const nextCode = new RegExp(
  String.raw`[ \t]*(?:,[ \t]*(?:and|y|e)?|and|y|e|&)[ \t]+(?:\p{Lu}[\p{L}'’-]+['’]s[ \t]+(?:(?:is|es)[ \t]+)?)?(${value})${valueEnd}`,
  'uy',
);
/** A cheap look first. */
const mayHold = compiledEarly(
  /lunch|meal|canteen|cafeter|supper|dinner|breakfast|catering|comedor|almuerzo|desayuno|menjador/i,
);

function codeDetection(text: string, start: number, cue: string): Detection {
  return {
    kind: 'lunchNumber',
    text,
    start,
    key: text.toLowerCase(),
    reason: { code: 'label', detail: cue },
    scope: 'global',
  };
}

/** The meal account codes above in `text`. */
export function findMealAccountCodes(text: string): Detection[] {
  if (!mayHold.test(text)) return [];
  const out: Detection[] = [];
  for (const m of allMatches(firstCode, text)) {
    const code = m[1] as string;
    const start = m.index + m[0].length - code.length;
    const cue = m[0].slice(0, m[0].length - code.length).trim();
    out.push(codeDetection(code, start, cue));
    nextCode.lastIndex = start + code.length;
    for (let next = nextCode.exec(text); next; next = nextCode.exec(text)) {
      const more = next[1] as string;
      out.push(codeDetection(more, next.index + next[0].length - more.length, cue));
    }
  }
  return out;
}
