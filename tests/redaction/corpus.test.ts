import { describe, expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { devCorpus } from '../fixtures/redaction/corpus-dev';
import { devCorpus2 } from '../fixtures/redaction/corpus-dev-2';
import { heldOutCorpus } from '../fixtures/redaction/corpus-held-out';
import { heldOutCorpus3 } from '../fixtures/redaction/corpus-held-out-3';
import { heldOutCorpus4 } from '../fixtures/redaction/corpus-held-out-4';
import { heldOutCorpus5 } from '../fixtures/redaction/corpus-held-out-5';
import { heldOutCorpus6 } from '../fixtures/redaction/corpus-held-out-6';
import { heldOutCorpus7 } from '../fixtures/redaction/corpus-held-out-7';
import { heldOutCorpus8 } from '../fixtures/redaction/corpus-held-out-8';
import { heldOutCorpus9 } from '../fixtures/redaction/corpus-held-out-9';
import { heldOutCorpus10 } from '../fixtures/redaction/corpus-held-out-10';
import { heldOutCorpus11 } from '../fixtures/redaction/corpus-held-out-11';
import { heldOutCorpus12 } from '../fixtures/redaction/corpus-held-out-12';
import { heldOutCorpus13 } from '../fixtures/redaction/corpus-held-out-13';
import { heldOutCorpus14 } from '../fixtures/redaction/corpus-held-out-14';
import { heldOutCorpus15 } from '../fixtures/redaction/corpus-held-out-15';
import { heldOutCorpus16 } from '../fixtures/redaction/corpus-held-out-16';
import { heldOutCorpus17 } from '../fixtures/redaction/corpus-held-out-17';
import { heldOutCorpus18 } from '../fixtures/redaction/corpus-held-out-18';
import { heldOutCorpus19 } from '../fixtures/redaction/corpus-held-out-19';
import { heldOutCorpus20 } from '../fixtures/redaction/corpus-held-out-20';
import { heldOutCorpus21 } from '../fixtures/redaction/corpus-held-out-21';
import { heldOutCorpus22 } from '../fixtures/redaction/corpus-held-out-22';
import { heldOutCorpus23 } from '../fixtures/redaction/corpus-held-out-23';
import { hugeDoc, manyTurnsDoc, multilingualDoc, shortDoc, typicalDoc } from '../export/sample-docs';
import { docOfSample, evaluateCorpus, findBadLabels, formatScore } from './evaluate-corpus';
import { ordinaryLessonDocs } from '../fixtures/redaction/ordinary-lessons';
import { allCorpusSamples } from '../fixtures/redaction/all-corpus-samples';

/**
 * The redactor measured on the labelled corpus (tests/fixtures/redaction/): per-kind recall of student
 * details and the share of look-alikes wrongly redacted, on the development part and on the held-out part.
 */

describe('the labelled corpus itself', () => {
  // The fifth and sixth parts are checked for their labels here but not held to the targets below: the fifth
  // first scored 49.0 %, the sixth 63.3 % (8.5 % of look-alikes lost; 82.4 % / 0 % after its rules).
  // The seventh and eighth parts (written blind, first scored 1 Dec 2026 03:50: 78.6 % / 5.5 % and 66.5 % / 4.7 %)
  // are development data since; they are held to their reached figures below.
  // Parts 10 and 11 (helpers corpus10 and corpus11, written blind, first scored 1 Dec 2026 08:20: 78.2 % / 6.2 % and
  // 75.6 % / 9.7 %) are checked for their labels only here; no rule has been written from them yet.
  // Part 12 (helper corpus12, written blind to the rules, 1 Dec 2026) is unscored: checked for its labels only.
  // Parts 13 and 14 (helpers corpus13 and corpus14, written blind to the rules) are scored below.
  // Part 15 (helper corpus15, written blind to the rules, 1 Dec 2026) is scored below too, and part 16 (corpus16).
  const all = allCorpusSamples;
  test('at least 150 student details of at least 10 kinds, and 100 look-alikes, in English and Spanish', () => {
    const details = all.flatMap((s) => s.details);
    expect(details.length).toBeGreaterThanOrEqual(150);
    expect(new Set(details.map(([k]) => k)).size).toBeGreaterThanOrEqual(10);
    expect(all.flatMap((s) => s.lookAlikes).length).toBeGreaterThanOrEqual(100);
    expect(new Set(all.map((s) => s.language))).toEqual(new Set(['en', 'es']));
  });

  // Looks for every label (~2,700) in its sample's text; the parts' redaction is scored below, once per part.
  test('every label is found in its own sample', { timeout: 300_000 }, () => {
    expect(findBadLabels(all)).toEqual([]);
  });
});

/**
 * Targets (issue 9): ≥ 95 % of details redacted, ≤ 5 % of look-alikes wrongly redacted. The held-out parts
 * were scored once before the rules were changed after them (second part 89.6 % / 0 %, third part 78.7 % /
 * 3.6 %, fourth part 70.7 % / 0 %: tests/fixtures/redaction/README.md); the rules were then generalised from
 * their misses, so they now count as development data and are held to the target. A judge's own corpus is
 * the real held-out test.
 */
const targets = [
  ['development corpus', [...devCorpus, ...devCorpus2], 0.95, 0.8],
  ['second part (held out until 30 Nov, 21:00)', heldOutCorpus, 0.95, 0.8],
  ['third part (held out until 30 Nov, 21:05)', heldOutCorpus3, 0.95, 0.8],
  ['fourth part (held out until 30 Nov, 22:40)', heldOutCorpus4, 0.95, 0.8],
] as const;

describe.each(targets)('%s', (name, corpus, minRecall, minKindRecall) => {
  const score = evaluateCorpus(corpus);
  const report = formatScore(name, score).join('\n');

  test(`≥ ${minRecall * 100} % of student details redacted, and ≥ ${minKindRecall * 100} % of each kind`, () => {
    expect(
      score.details.hit / score.details.total,
      `${report}\nmissed: ${score.missed.join('; ')}`,
    ).toBeGreaterThanOrEqual(minRecall);
    for (const [kind, s] of Object.entries(score.detailsByKind))
      expect(s.hit / s.total, `${kind}\n${report}`).toBeGreaterThanOrEqual(minKindRecall);
  });

  test('≤ 5 % of look-alikes wrongly redacted', () => {
    expect(
      score.lookAlikes.hit / score.lookAlikes.total,
      `${report}\nwrong: ${score.wronglyRedacted.join('; ')}`,
    ).toBeLessThanOrEqual(0.05);
  });
});

/**
 * Parts 5 to 13 were scored blind first (fifth 49.0 %; sixth 63.3 % with 8.5 % of look-alikes lost; seventh
 * 78.6 % / 5.5 %; eighth 66.5 % / 4.7 %; ninth 64.2 % / 9.1 %; tenth 78.2 % / 6.2 %; eleventh 75.6 % / 9.7 %;
 * twelfth 79.3 % / 7.4 %; thirteenth 85.7 % / 7.7 %; fourteenth 85.6 % / 3.2 %; fifteenth 87.5 % / 4.7 %; sixteenth
 * 75.8 % / 9.6 %:
 * tests/fixtures/redaction/README.md)
 * and are development data since. Each is held to the recall the rules after it reached (development figures, 1 Dec 2026, 14:00) and to the
 * false-positive goal — except part 13, still above it (7 of 220 after redact17), which is held to that count so it can only go
 * down: a later rule that loses ground on one of them fails here.
 */
describe.each([
  ['fifth part (development since 1 Dec, 02:25)', heldOutCorpus5, 245, 0.05],
  ['sixth part (development since 1 Dec, 02:35)', heldOutCorpus6, 283, 0.05],
  ['seventh part (development since 1 Dec, 03:50)', heldOutCorpus7, 474, 0.05],
  ['eighth part (development since 1 Dec, 03:50)', heldOutCorpus8, 458, 0.05],
  ['ninth part (development since 1 Dec, 06:45)', heldOutCorpus9, 602, 0.05],
  ['tenth part (development since 1 Dec, 09:30)', heldOutCorpus10, 335, 0.05],
  ['eleventh part (development since 1 Dec, 09:30)', heldOutCorpus11, 594, 0.05],
  ['twelfth part (development since 1 Dec, 11:00)', heldOutCorpus12, 558, 0.05],
  ['thirteenth part (development since 1 Dec, 14:00)', heldOutCorpus13, 552, 7 / 220],
  // Scored blind at 17:05 with the thirteenth round merged (410, 6 of 185 look-alikes); redact18's rules, written by
  // class from its misses and part 13's, took it to 461 and 3 of 185 (19:35), held so it can only go up and down.
  ['fourteenth part (development since 1 Dec, 17:05)', heldOutCorpus14, 462, 3 / 185],
  // Scored blind at 19:44 with the fourteenth round merged (427 of 488, 10 of 214 look-alikes); redact19's rules, written
  // by class from its misses (LaTeX tables, fitness results, office extensions, ID keys), took it to 456 and 8 of 214
  // (1 Dec, 22:10), held so a later rule may only raise its recall and lower its false positives.
  // redact24's rules (2 Dec 2026) took it to 457.
  ['fifteenth part (development since 1 Dec, 19:44)', heldOutCorpus15, 457, 8 / 214],
  // Scored blind at 22:25 (rules as session 10 began, 537 of 708, 26 of 271 look-alikes once a label that never stood
  // as a word of its own was dropped) and again at 22:40 with the fifteenth round merged (the same). redact20's rules,
  // by class from its misses (staff labelled mid-line and by Spanish titles, numbered school acronyms on a signature
  // line, state-test levels and Lexile/Quantile measures, protected statuses), took it to 580 and 15 of 271 (5.5 %,
  // 1 Dec 2026, 23:05), held there. redact21's rules, by class from its misses (attendance and discipline counts,
  // averages and credit shortfalls, Mexico's formative fields, access supports and life health facts, sheets with
  // group titles, capitalised names after a student label, Colombian and Ecuadorian mark columns and staff degrees),
  // took it to 649 (91.7 %) with the same 15 look-alikes (2 Dec 2026, 00:55), held there.
  ['sixteenth part (development since 1 Dec, 22:40)', heldOutCorpus16, 649, 15 / 271],
  // Scored blind at 01:05 (rules as session 11 began: 513 of 627, 20 of 218 look-alikes) and at 01:32 with redact21's
  // rules merged (515 of 627, 81.9 %; 20 of 218, 9.2 %). redact22's rules, by class from its misses (standardised and
  // screening scores, progress-monitoring series, Spanish and Catalan marks, eligibility decisions, referrals and
  // ABC behaviour incidents, Guatemalan CUI, Bolivian RUDE, birth-record and ration columns), took it to 584 (93.1 %)
  // with the same 20 look-alikes (2 Dec 2026, 03:45); the contacts of education authorities named before them (UGEL,
  // Zona Educativa, Delegación and Servei Territorial, ministries' acronyms), a centre's coded xtec.cat mailbox and
  // a district's transportation staff took its look-alikes to 7 of 218 (3.2 %, 04:00); Spanish, Catalan and Latin
  // American home addresses (spanish-addresses.ts) took its details to 591 (94.3 %, 04:25), held there.
  ['seventeenth part (development since 2 Dec, 01:32)', heldOutCorpus17, 594, 7 / 218],
  // blind 664/781, 24/244 (lead, 2 Dec). redact23's rules, by class from its misses (Spanish marks with IN/SU/BI/NT/SB,
  // scores in parentheses after a named list item, rows of comma-decimal marks, diagnostic scale scores beside their
  // placement, honorific staff beside a grade level, a subject or as the para), took it to 685 (87.7 %) and 19 of 244
  // (7.8 %) (2 Dec 2026, 04:21); with redact22's rules (developed on part 17) merged beside them, 690 (88.3 %), held
  // there. redact24's rules, by class from its misses (a date of birth written again without its year, a family's
  // eight-digit phone after the family member, school addresses built from a found child's name, free or reduced
  // meal status as a labelled value), took it to 708 (90.7 %) with the same 19 look-alikes (2 Dec 2026, 07:05), and
  // suicide-risk screener answers with the risk level to 712 (91.2 %), held there. redact26's (developed on part 20)
  // took its look-alikes to 18 of 244 (2 Dec 2026, session 14).
  ['eighteenth part (development since 2 Dec, session 12)', heldOutCorpus18, 712, 18 / 244],
  // blind 477/534, 22/208 (lead, 2 Dec). redact25's rules, by class from its misses (place phrases holding a child's
  // name, CUIL, health-plan member, NRE/CIAL and juvenile case numbers, "nac." birth dates, screener measure runs and
  // WIDA levels, immunization and probation care facts, public offices' numbers), took it to 507 (94.9 %) and 10 of
  // 208 (4.8 %) (2 Dec 2026, 07:30), held there. redact26's (developed on part 20) took its look-alikes to 9 of 208.
  ['nineteenth part (development since 2 Dec, session 13)', heldOutCorpus19, 507, 9 / 208],
  // Written blind (helper corpus20, 2 Dec 2026, session 13) and scored by the lead once: 433/535 (80.9 %), 14/207
  // (6.8 %) with the rules as the session began; 439 (82.1 %), 14/207 with the session's rules (redact24's, developed
  // on part 18, and redact25's, on part 19), which never saw it. Development data from the next round on.
  // redact26's rules, by class from its misses (marks written with their band, judges' slashed scores, arrow changes
  // on a measure, a diabetic child's care log, language proficiency levels, an Initials column, superlative winners,
  // class-table columns beside a column of people, academic standing; the teacher's own name kept where a child
  // shares a surname, Latin American school headings and switchboards as institutional cues), took it to 505 (94.4 %)
  // and 8 of 207 (3.9 %) (2 Dec 2026, session 14), held there.
  ['twentieth part (development since 2 Dec, session 14)', heldOutCorpus20, 505, 8 / 207],
  // blind 631/688, 25/210 (lead, 2 Dec, 57c9227). redact27's rules, by class from its misses (state-ID and benchmark
  // headers such as FLEID and i-Ready, labelled enrolment IDs, subtest scaled scores, marks listed after a mark word,
  // a birth date as a code literal), took it to 654 (95.1 %); a pipe line of "label: value" cells read as a record,
  // staff written surname first, and names of schools and streets took its look-alikes to 17 of 210 (8.1 %), held
  // there (2 Dec 2026, session 14).
  ['twenty-first part (development since 2 Dec, session 14)', heldOutCorpus21, 654, 17 / 210],
  // blind 393/479, 18/250 (lead, 2 Dec, d48cd39). redact28's rules, by class from its misses (old and new values of a
  // record's change log, meal account codes a few words after their service, dot-leader report rows, letter grades
  // with their scale's word, working-at and predicted grades, mark changes in English and Spanish, a child named after
  // a student label ahead of the record's fields; colleagues named as writers of a staff document kept), took it to
  // 435 (90.8 %) and 12 of 250 (4.8 %) (2 Dec 2026, session 15).
  ['twenty-second part (development since 2 Dec, session 15)', heldOutCorpus22, 435, 12 / 250],
  // Written blind (helper corpus23, session 16); scored by the lead once at f806a70: 567/715 (79.3 %), 14/253 (5.5 %).
  // redact29's rules, by class from its misses (English-learner, newcomer, GT, photo-refusal and therapy-service terms;
  // illness, sleep, bed-wetting and glucose-check terms in English, Spanish and Catalan; NRIC and CIAL; markbook columns
  // headed by what they are out of; how a child did in notes' phrases; birthdays by their verb; birth dates in a data
  // frame's rows; group lists with notes on a child; a school's signature in Catalan and Argentine forms kept), took it
  // to 680 (95.1 %) and 10 of 253 (4.0 %) (2 Dec 2026, session 16), held there.
  ['twenty-third part (development since 2 Dec, session 16)', heldOutCorpus23, 680, 10 / 253],
] as const)('%s', (name, corpus, minHit, maxWrongRate) => {
  const score = evaluateCorpus(corpus);
  const report = formatScore(name, score).join('\n');
  test(`≤ ${(maxWrongRate * 100).toFixed(1)} % of look-alikes wrongly redacted`, () => {
    expect(
      score.lookAlikes.hit / score.lookAlikes.total,
      `${report}\nwrong: ${score.wronglyRedacted.join('; ')}`,
    ).toBeLessThanOrEqual(maxWrongRate);
  });
  test(`at least ${minHit} student details redacted`, () => {
    expect(score.details.hit, `${report}\nmissed: ${score.missed.join('; ')}`).toBeGreaterThanOrEqual(minHit);
  });
});

describe('ordinary traces with no student data: nothing changes', () => {
  test.each([
    ['typical', typicalDoc()],
    ['short', shortDoc()],
    ['many turns', manyTurnsDoc()],
    ['Spanish', multilingualDoc('es')],
    ['mixed scripts', multilingualDoc('mixed')],
    ['50,000 words of prose', hugeDoc(50_000)],
    ...ordinaryLessonDocs(),
  ])('%s', (_name, doc) => {
    const candidates = findStudentData(doc, ['Maria Lopez', 'Jamal Carter']);
    expect(candidates.map((c) => `${c.kind}: ${c.text}`)).toEqual([]);
    const redacted = redactTraceDocument(doc, candidates, new Set());
    expect(redacted.title).toBe(doc.title);
    expect(redacted.finalArtifact).toBe(doc.finalArtifact);
    expect(redacted.turns).toEqual(doc.turns);
  });

  test('the issue\'s title "5th Grade Fractions Lesson Plan" stays as written', () => {
    const sample = devCorpus.find((s) => s.id === 'en-fractions-plan')!;
    const doc = docOfSample(sample);
    doc.finalArtifact = sample.output;
    const redacted = redactTraceDocument(doc, findStudentData(doc, []), new Set());
    expect(redacted.title).toBe('5th Grade Fractions Lesson Plan');
    expect(redacted.finalArtifact).toBe(sample.output);
  });
});
