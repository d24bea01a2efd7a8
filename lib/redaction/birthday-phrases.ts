import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * A child's birthday said with its verb and a day and month written as numbers: "Emilia cumple el 14/12 (nació en
 * 2017)", "cumple años el 3/5", "el cumple de Emilia el 14/12", "her birthday is 9/3", "turns 8 on 12/11". yearless-birthdays.ts finds a birthday
 * only once the full date of birth was found elsewhere; a parent's message in a class chat gives only this (blind
 * part 23, 2 Dec 2026: a Uruguayan ClassDojo thread). The verb decides: "cumple" (turns, has a birthday) and
 * "birthday is" are said of a person; the caller reads only traces about students, so a lesson's "el plazo se cumple
 * el 14/12" is read only where children are named, and a "cumple" with a deadline word before it is none.
 */
const birthday = compiledEarly(
  /(?<![\p{L}])(?:(?:cumple(?:[ \t]+años)?|cumpleaños)(?:[ \t]+de[ \t]+\p{Lu}\p{L}+)?(?:[ \t]+es)?|birthday(?:[ \t]+is)?|turns[ \t]+\d{1,2}[ \t]+on)[ \t]+(?:el[ \t]+|on[ \t]+)?(\d{1,2}\/\d{1,2})(?![\d/])/giu,
);
/** A deadline or a rule that "se cumple" on a day is no birthday. */
const deadlineBefore = /(?:plazo|fecha|requisito|condici[óo]n|meta|se)[ \t]+$/iu;

/** The birthdays above in `text`, as local dates of birth. */
export function findBirthdayPhrases(text: string): Detection[] {
  if (!/umple|irthday|turns/iu.test(text)) return [];
  const found: Detection[] = [];
  for (const m of allMatches(birthday, text)) {
    if (deadlineBefore.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const value = m[1] as string;
    found.push({
      kind: 'dateOfBirth',
      text: value,
      start: m.index + m[0].lastIndexOf(value),
      key: normaliseKey(value),
      reason: { code: 'studentCue', detail: 'birthday' },
      scope: 'local',
    });
  }
  return found;
}
