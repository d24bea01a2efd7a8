import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';

/**
 * A child's marks in the phrases English teachers use for where a pupil is, will be, or has moved (part 22, 2 Dec
 * 2026: a Leeds SEND Slack thread and a 21st CCLC grant report lost eight):
 * - working-at and predicted grades of England's 9–1 scale or a letter: "working at a 4", "working towards a 5",
 *   "predicted 4", "I'd predict a 5 in Lit", "target grade 6";
 * - a letter grade's change: "from an F to a B-", "changed from C+ to B-" — only after a word for a grade or a mark
 *   ("grade", "report card", "mark", "GPA") in the 40 characters before, so "from A to B" of a map or a plan stays;
 * - a score's change from one testing window to the next: "208 in fall to 226 in spring", "from 41 in September to
 *   58 in January";
 * - a score said of a child with its band or test after it: "scored 4 (standard exceeded)", "scored 3 on the state
 *   test".
 * The mark alone must end its phrase: "predict a 5 second delay", "scored 4 points" and "target of 5 minutes" are no
 * marks. The caller reads only traces about students.
 */

const scaleMark = String.raw`(?:[1-9](?!\d|[.,]\d)|[A-E]\*?[+\-−]?|A\*)`;
/** The phrase ends with the mark: punctuation, the end, or a little word ("in Lit", "for maths", "by June"). */
const markEnd = String.raw`(?=[ \t]*(?:[.,;:)!?\n]|$|[–—-][ \t]|(?:in|for|at|on|by|and|but|with|this|next|en|y|por)(?![\p{L}])))`;
const workingAt = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Ww]orking (?:at|towards?)|[Pp]redicted(?: grade)?|[Pp]redict(?:ing)?|[Tt]arget(?: grade)?(?: of| is)?)[ \t]+(?:an?[ \t]+|grade[ \t]+)?(${scaleMark})${markEnd}`,
    'gmu',
  ),
);
const letterChange = compiledEarly(
  /(?<![\p{L}])from[ \t]+(?:an?[ \t]+)?([A-F][+\-−]?[ \t]+to[ \t]+(?:an?[ \t]+)?[A-F][+\-−]?)(?![\p{L}\p{N}+])/gu,
);
const gradeWordBefore = /(?:grade|mark|report card|GPA|nota|score)[^.\n]{0,40}$/iu;
const window = String.raw`(?:the[ \t]+)?(?:fall|autumn|winter|spring|summer|BOY|MOY|EOY|September|October|November|December|January|February|March|April|May|June)`;
const windowChange = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.,/])(\d{1,4}(?:[.,]\d{1,2})?%?[ \t]+in[ \t]+${window}[ \t]*,?[ \t]+to[ \t]+\d{1,4}(?:[.,]\d{1,2})?%?[ \t]+in[ \t]+${window})(?![\p{L}])`,
    'giu',
  ),
);
const scored = compiledEarly(
  /(?<![\p{L}])scored[ \t]+(?:an?[ \t]+)?(\d{1,3}(?:[.,]\d{1,2})?%?)(?=[ \t]*\([^)\n]{0,40}(?:standard|level|met|exceed|band|proficien|advanced|basic)|[ \t]+on[ \t]+(?:the|his|her|their|a|an)[ \t])/giu,
);
/** A cheap look first: one of the phrases' words. */
const mayHold = compiledEarly(/orking|redict|arget|from|scored|\d[ \t]+in[ \t]/u);

/** The marks above in `text`. */
export function findMarkChangePhrases(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const found: FoundSpan[] = [];
  for (const re of [workingAt, windowChange, scored])
    for (const m of allMatches(re, text)) {
      const mark = m[1] as string;
      // Each group ends its match (what follows is a lookahead).
      addUnlessOverlapping(found, mark, m.index + m[0].length - mark.length);
    }
  for (const m of allMatches(letterChange, text)) {
    if (!gradeWordBefore.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    const span = m[1] as string;
    addUnlessOverlapping(found, span, m.index + m[0].length - span.length);
  }
  return found;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findMarkChangePhraseDetections(text: string): Detection[] {
  return asGradeDetections(findMarkChangePhrases(text));
}
