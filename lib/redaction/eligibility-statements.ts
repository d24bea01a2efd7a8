import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { isWordProblem } from './word-problems';
import { lineAround } from './text-lines';
import { holdsAnyWord } from './folded-text';

/**
 * Special-education facts whose own words say they are one child's, read anywhere in a trace already about students
 * (part 17's misses, 2 Dec 2026: a psychologist's conclusion, a screening's referrals and a behaviour plan's ABC
 * data lost 9 specialEducation details, on lines naming no child; the shapes below are the classes):
 * - an eligibility decision: "meets criteria for Specific Learning Disability in …", "qualifies for special
 *   education under …", "consider OHI secondary for ADHD" (IDEA's categories and their usual abbreviations,
 *   34 CFR 300.8);
 * - the category as a record's field: "Impedimento: Autismo" (Puerto Rico's SIE), "Eligibility: …", "Primary
 *   disability: …", "Exceptionality: …";
 * - a referral for an evaluation or a screening: "refer for OT screening", "referred for a speech-language and
 *   developmental evaluation";
 * - a behaviour incident as ABC data and incident reports log it (antecedent, behaviour, consequence: the record of
 *   a functional behaviour assessment): "hit peer", "eloped from room", "ripped worksheet", "threw pencil", "work
 *   refusal", "golpeó a un compañero", "se escapó del salón".
 * A policy or a lesson about them is not one child's: a statement after "students who", "if", "when", "criteria:"
 * or "e.g." stays, and so does the general "referral for evaluation" of a procedure ("the team may refer for …").
 */

const ideaCategory = String.raw`(?:OHI|SLD|SLI|EBD|ED|ID|AU|OI|TBI|VI|HI|DB|MD|DD)`;
const statements = compiledEarly(
  new RegExp(
    [
      // An eligibility decision.
      String.raw`\bmeets?[ \t]+(?:the[ \t]+)?(?:eligibility[ \t]+)?criteria[ \t]+(?:for|as)[ \t]+[^.;\n|]{3,100}`,
      String.raw`\bqualif(?:y|ies|ied)[ \t]+(?:for[ \t]+special[ \t]+education(?:[ \t]+(?:services[ \t]+)?(?:under|as)[ \t]+[^.;\n|,]{3,60})?|as[ \t]+(?:a[ \t]+student[ \t]+with|having)[ \t]+[^.;\n|,]{3,80})`,
      String.raw`\bconsider(?:ed|ing)?[ \t]+${ideaCategory}(?:[ \t]+(?:as[ \t]+)?(?:a[ \t]+)?(?:secondary|primary)(?:[ \t]+(?:category|eligibility|disability))?)?(?:[ \t]+(?:for|due[ \t]+to)[ \t]+[\p{L}-]{2,20})?(?![\p{L}])`,
      // The category as a record's field.
      String.raw`(?<=(?:^|[\s|*])(?:Impedimento|Eligibility|Primary disability|Secondary disability|Disability category|Exceptionality|Categor[íi]a de discapacidad)\**[ \t]*:\**[ \t]*)[^\s.;|*][^.;\n|]{2,79}`,
      // A referral for an evaluation or a screening.
      String.raw`\brefer(?:red)?[ \t]+(?:him[ \t]+|her[ \t]+|them[ \t]+)?for[ \t]+(?:an?[ \t]+|further[ \t]+)?(?:[\p{L}/-]+[ \t]+(?:and[ \t]+)?){0,4}?(?:screening|evaluation|eval|assessment|testing)(?![\p{L}])`,
      // A behaviour incident.
      String.raw`\b(?:hit|kicked|bit|pushed|punched|slapped|scratched|shoved|spit[ \t]+at|spat[ \t]+at)[ \t]+(?:a[ \t]+|another[ \t]+)?(?:peer|classmate|staff(?:[ \t]+member)?|teacher|para(?:professional)?|aide)s?(?![\p{L}])`,
      // "Eloped" alone is a novel's too ("Lydia eloped with Wickham"): only from a school place.
      String.raw`\beloped[ \t]+from[ \t]+(?:the[ \t]+)?(?:room|class(?:room)?|building|line|campus|school|group)(?:[ \t]+to[ \t]+(?:the[ \t]+)?[\p{L}]+)?(?![\p{L}])`,
      String.raw`\b(?:ripped|tore)(?:[ \t]+up)?[ \t]+(?:his[ \t]+|her[ \t]+|their[ \t]+|the[ \t]+|a[ \t]+)?(?:worksheet|paper|work|book|assignment)(?![\p{L}])`,
      String.raw`\bthrew[ \t]+(?:a[ \t]+|his[ \t]+|her[ \t]+|the[ \t]+)?(?:pencil|chair|book|desk|materials|objects?|shoe)s?(?![\p{L}])`,
      String.raw`\b(?:flipped[ \t]+(?:a[ \t]+|the[ \t]+)?(?:desk|chair|table)|pushed[ \t]+(?:a[ \t]+|the[ \t]+)?(?:desk|chair|table)|(?:head[- ]down|work|task)[ \t]+refusal|self[- ]injurious[ \t]+behaviou?r)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:golpe[óo]|pate[óo]|empuj[óo]|mordi[óo]|agredi[óo]|insult[óo])[ \t]+a[ \t]+(?:un[ \t]+|una[ \t]+|otro[ \t]+|otra[ \t]+|su[ \t]+)?(?:compañer[oa]|maestr[oa]|docente|profesor[a]?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])se[ \t]+(?:escap[óo]|fug[óo])[ \t]+(?:del|de[ \t]+la)[ \t]+(?:sal[óo]n|aula|clase|escuela)(?![\p{L}])`,
    ].join('|'),
    'giu',
  ),
);
/** Words before a statement that make it a policy, a procedure or an example rather than one child's. */
const policyBefore =
  /\b(?:students|children|kids|who|if|when|whether|may|can|could|criteria:|e\.g\.|for example|such as|procedure|policy|how to|alumnos|estudiantes|si)\b[^.\n;|]{0,30}$/iu;

/** A cheap look before the regex: a word one of the shapes above starts with. */
const mayHoldStatement =
  /criteria|qualif|consider|impedimento|eligib|disabilit|exceptional|refer|hit|kick|bit |push|punch|slap|scratch|shov|sp[ia]t|elope|ripped|tore|threw|flipped|refusal|injurious|golpe|pate|empuj|mordi|agredi|insult|escap|fug/iu;

/** The words of `mayHoldStatement`, looked for in a lower-case copy of the text (folded-text.ts). */
const statementWords = mayHoldStatement.source.replace('sp[ia]t', 'spit|spat').split('|');

/** Eligibility decisions, referrals and behaviour incidents in `text` (the caller's gate: a trace about students). */
export function findEligibilityStatements(text: string): FoundSpan[] {
  if (!holdsAnyWord(text, statementWords, mayHoldStatement)) return [];
  const found: FoundSpan[] = [];
  for (const m of allMatches(statements, text)) {
    const value = m[0].trimEnd();
    const { line, from } = lineAround(text, m.index, m.index + value.length);
    if (isWordProblem(line) || policyBefore.test(line.slice(0, m.index - from))) continue;
    addUnlessOverlapping(found, value, m.index);
  }
  return found;
}

/** The statements above as findings of the scan, redacted where they stand. */
export function findEligibilityStatementDetections(text: string): Detection[] {
  return findEligibilityStatements(text).map((m) => ({
    kind: 'specialEducation',
    text: m.text,
    start: m.start,
    key: m.text.toLowerCase(),
    reason: { code: 'aboutStudents', detail: '' },
    scope: 'local',
  }));
}
