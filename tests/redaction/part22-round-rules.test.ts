import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';
import { findChangeLogValues } from '../../lib/redaction/change-log-values';
import { findMealAccountCodes } from '../../lib/redaction/meal-account-codes';
import { findDotLeaderMarkRows } from '../../lib/redaction/dot-leader-mark-rows';
import { findScaleDescriptorGrades } from '../../lib/redaction/scale-descriptor-grades';
import { findMarkChangePhrases } from '../../lib/redaction/mark-change-phrases';
import { findSpanishMarkChanges } from '../../lib/redaction/spanish-mark-changes';
import { addColleagueWriters } from '../../lib/redaction/colleague-writers';
import { findLabelledRecordNames } from '../../lib/redaction/labelled-record-names';

/**
 * The rules written from blind part 22's misses (2 Dec 2026), by class, on made-up probes written for this file and
 * in no corpus part.
 */
describe('old and new values of a record change log (change-log-values.ts)', () => {
  const found = (t: string) => findChangeLogValues(t).map((d) => `${d.kind}: ${d.text}`);
  test('each value takes the kind its field names; blanks and the log’s own columns stay', () => {
    const log = [
      'When                 Who       Field                    Old Value               New Value',
      '2025-03-02 10:11:09  TREYES    STUDENT.DOB              11/30/2013              11/03/2013',
      '2025-03-02 10:12:40  TREYES    CONTACT.NAME             Odalys Ferreira         (blank)',
      '2025-03-03 08:00:00  SYSTEM    MEAL.PIN                 77310                   77301',
      '2025-03-04 14:20:19  SYSTEM    GRADEBOOK.T2_SCIENCE     D                       C- (override #44)',
      '2025-03-04 14:21:00  SYSTEM    SCHEDULE.PERIOD          3                       4',
    ].join('\n');
    expect(found(log)).toEqual([
      'dateOfBirth: 11/30/2013',
      'dateOfBirth: 11/03/2013',
      'parentName: Odalys Ferreira',
      'lunchNumber: 77310',
      'lunchNumber: 77301',
      'grade: D',
      'grade: C-',
    ]);
  });
  test('a pipe log in Spanish: the record cell gives the child’s number, entity and field together a kind', () => {
    const log = [
      'Fecha | Usuario | Entidad | Campo | Valor anterior | Valor nuevo',
      '02/05/2026 | JLOPEZ | Alumno 8812-2020 | Dirección | C/ Olmo 4, 2.º B | C/ Olmo 14, 2.º B',
      '03/05/2026 | JLOPEZ | Transporte | N.º de parada | 12 | 13',
    ].join('\n');
    expect(found(log)).toEqual(['studentId: 8812-2020', 'address: C/ Olmo 4, 2.º B', 'address: C/ Olmo 14, 2.º B']);
  });
  test('a table with one value column is a settings list, not a change log', () => {
    expect(found('Setting | Value\nGUARDIAN.NAME | Required\nSTUDENT.DOB | Optional')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Why did this change?\nTimestamp  User  Field  Previous Value  New Value\n2026-01-09 09:14  RVEGA  HOME_ADDRESS  402 Linden Ct, Apt 2, Mesa AZ 85201  77 Quail Run Dr, Mesa AZ 85203\n2026-01-09 09:15  RVEGA  GUARDIAN_NAME  Lucinda Vance  Marcus Oyelaran\nThe office will now mail 77 Quail Run Dr and call Marcus Oyelaran.',
      ['402 Linden Ct', '77 Quail Run Dr', 'Lucinda Vance', 'Marcus Oyelaran'],
      ['Why did this change?'],
    ),
  ]);
});

describe('meal account codes named a few words after their service (meal-account-codes.ts)', () => {
  const found = (t: string) => findMealAccountCodes(t).map((d) => d.text);
  test('a code after its service and its name, with words between; a list of them', () => {
    expect(found('Tuckshop and canteen (QKR app) tag: 7B-204')).toEqual(['7B-204']);
    expect(found("Jonah's breakfast club card is M4-551 and Priya's is M4-560.")).toEqual(['M4-551', 'M4-560']);
    expect(found('Su tarjeta de comedor (n.º 3381) sigue activa.')).toEqual(['3381']);
    expect(found('her dinner account at the after-school club is 90215')).toEqual(['90215']);
  });
  test('times, phones, prices, counts and codes across a clause stay', () => {
    expect(found('Lunch number 2 is at 11:40.')).toEqual([]);
    expect(found('The canteen number is 555-0100.')).toEqual([]);
    expect(found('Cafeteria code of conduct: 2024 edition')).toEqual([]);
    expect(found('lunch count number: 240 students today')).toEqual([]);
    expect(found('After lunch, open page 118 of the code book.')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Note for the sub: Ezekiel Marsh goes to the nurse before lunch. His school meal app tag is QX-7731 and he eats at table 4.',
      ['QX-7731'],
      ['table 4'],
    ),
  ]);
  testLookAlikes([
    ['The canteen tag reader by door 118 is broken; see the cafeteria code of conduct, 2024 edition.', ['118', '2024']],
  ]);
});

describe('report-card rows joined to their mark by a dot leader (dot-leader-mark-rows.ts)', () => {
  const found = (t: string) => findDotLeaderMarkRows(t).map((m) => m.text);
  test('a letter, a decimal mark or a percentage after the leader', () => {
    expect(found('Geography ........... D (Basic)\nMúsica .......... 7,75\nPhysical Ed ....... 64%')).toEqual([
      'D',
      '7,75',
      '64%',
    ]);
  });
  test('a table of contents keeps its page numbers', () => {
    expect(found('Chapter 3: Volcanoes ........ 45\nGlossary ........... 112\nIndex .......... 118')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Scanned report for Tobias Wren (DOB 03/04/2014), please summarise:\nHistory ............ 5,5\nBiology ........ B (High)\nContents ........ 12',
      ['5,5', 'B (High)'],
      ['Contents ........ 12'],
    ),
  ]);
});

describe('letter grades written with their scale’s word (scale-descriptor-grades.ts)', () => {
  const found = (t: string) => findScaleDescriptorGrades(t).map((m) => m.text);
  test('a letter with its descriptor in parentheses, after a dash, or both inside parentheses', () => {
    expect(found('She earned D (Basic) in Music, E – Limited in PE and did best in Art (B, High).')).toEqual([
      'D (Basic)',
      'E – Limited',
      'B, High',
    ]);
  });
  test('a thing named by a letter stays', () => {
    expect(found('Use Plan B (High) tide times and Vitamin C (Good) sources.')).toEqual([]);
  });
});

describe('working-at, predicted and changed marks (mark-change-phrases.ts)', () => {
  const found = (t: string) => findMarkChangePhrases(t).map((m) => m.text);
  test('England’s working-at and predicted grades, a letter’s change, a score across windows, a scored band', () => {
    expect(found('Maths: working towards a 6, predicted 7 for summer.')).toEqual(['6', '7']);
    expect(found('His report card grade rose from a D+ to a B this term.')).toEqual(['D+ to a B']);
    expect(found('Lexile 610 in September to 720 in January.')).toEqual(['610 in September to 720 in January']);
    expect(found('She scored 2 (standard nearly met) on the state math test.')).toEqual(['2']);
  });
  test('the same words with no mark ending the phrase stay', () => {
    expect(found('Predict a 5 second delay before the reaction.')).toEqual([]);
    expect(found('Drive from A to B on the map; the team scored 4 points.')).toEqual([]);
    expect(found('Set a target of 5 minutes per station.')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Notes on my student Imogen Pratt (DOB 04/05/2012, EHCP): working at a 3 in science, I would predict a 4. Her report card grade went from a D to a C+.',
      ['working at a 3', 'predict a 4', 'from a D to a C+'],
      ['Notes on'],
    ),
  ]);
});

describe('Spanish whole-number marks of a term, an exam or a change (spanish-mark-changes.ts)', () => {
  const found = (t: string) => findSpanishMarkChanges(t).map((m) => m.text);
  test('a change between two marks, a mark in a term or an exam, the mark of a named exam', () => {
    expect(found('Bruno subió de un 4 en el primer control a un 7 en el segundo.')).toEqual(['4', '7']);
    expect(found('Lleva 85 en el segundo trimestre y un 6 en el parcial.')).toEqual(['85', '6']);
    expect(found('Después del 3 del último control, repasamos.')).toEqual(['3']);
  });
  test('pages, questions, topics and counts stay', () => {
    expect(found('Leed la página 84 en el examen y la pregunta 3 del control.')).toEqual([]);
    expect(found('Hay 25 alumnos en la prueba; el tema 5 en la unidad 2.')).toEqual([]);
    expect(found('Problema: Ana sacó 7 de 10 en el primer examen. ¿Cuál es su promedio?')).toEqual([]);
  });
});

describe('colleagues named as writers of a staff document (colleague-writers.ts)', () => {
  const words = (texts: string[], teacher: string) => [...addColleagueWriters(new Set(), texts, teacher)].sort();
  test('the senders of a channel the teacher writes in, but not one writing as a parent', () => {
    const thread = [
      'Wendell Okafor  09:02  Reminder: Year 8 reports due Friday.',
      'Ines Vartanian  09:05  Done for 8C. Jasper Quill needs a reader in exams.',
      'Rosalind Pike  09:07  As his mum I would like to know about my son Jasper.',
    ].join('\n');
    expect(words([thread], 'Wendell Okafor')).toEqual(['ines', 'okafor', 'vartanian', 'wendell']);
    expect(words([thread], 'Someone Else')).toEqual([]);
  });
  test('comment and suggestion authors, and a role with the name in parentheses', () => {
    expect(words(['[Comment — Petra Lindqvist, AP: please cut this]'], 'X')).toEqual(['lindqvist', 'petra']);
    expect(words(['[Sugerencia de Íñigo Basterra (jefe de estudios): quitar]'], 'X')).toEqual([
      'basterra',
      'inigo',
      'íñigo',
    ]);
    expect(words(['JQ es la orientadora (Julia Quesada) y RM su madre (Rosa Mena).'], 'X')).toEqual([
      'julia',
      'quesada',
    ]);
  });
  testDetailProbes([
    p(
      'Ana García  10:01  Odette Fairbairn (Y9, UPN K123456789012) has her EHCP review Monday, DOB 02/02/2011.\nMiriam Falk  10:04  Her mum asked for a call. Odette is on a reduced timetable.',
      ['Odette Fairbairn', 'K123456789012', '02/02/2011'],
      ['Miriam Falk'],
    ),
  ]);
});

describe('a child named after a student label at the head of a record line (labelled-record-names.ts)', () => {
  const found = (t: string) => findLabelledRecordNames(t).map((d) => d.text);
  test('a title-case name after the label, ended by a field separator', () => {
    expect(found('Alumno: Eneko de la Fuente Urrutia · 4.º A · NIA 6677123')).toEqual(['Eneko de la Fuente Urrutia']);
    expect(found('Student: Saoirse Malone-Dunne | Year 7 | DOB 01/01/2014')).toEqual(['Saoirse Malone-Dunne']);
  });
  test('a label followed by ordinary words, or a name ending its line, is left to other rules', () => {
    expect(found('Student: Reading Log · Week 3')).toEqual([]);
    expect(found('Alumna: María Pérez')).toEqual([]);
  });
});
