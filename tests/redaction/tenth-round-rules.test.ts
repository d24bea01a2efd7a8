import { describe, expect, test } from 'vitest';
import { probe as p, scoreProbe, type Probe } from './probe-score';

/**
 * The rules generalised by kind and cause from part 9's misses and wrongly redacted look-alikes (names, health,
 * special education, and the public figures and works lessons are about; tests/fixtures/redaction/README.md,
 * "Part 9"), each checked on sentences that appear in no corpus part (written 1 Dec 2026). Every detail shape
 * has a look-alike of the same shape beside it that must stay.
 */
const details: Probe[] = [
  // UK, Canadian, Australian and New Zealand figures, widely taught novels with their authors and characters,
  // US city founders and Latin American countries (lib/redaction/data/well-known-regional.json): kept beside a
  // child's details, and the child still goes.
  p(
    "Y5 class, my student Corin Aldous (DOB 02/05/2016) has dyslexia. Our class novel is Carrie's War by Nina Bawden; Carrie Willow and Nick Willow are evacuated to Wales. Corin wants to write about Grace Darling.",
    ['Corin Aldous', 'Corin', '02/05/2016', 'dyslexia'],
    ["Carrie's War", 'Nina Bawden', 'Carrie Willow', 'Nick Willow', 'Grace Darling'],
  ),
  p(
    'Gr 4, my student Elodie Marchetti (OEN 312-445-901) has an IEP. We start a unit on Viola Desmond and Laura Secord, and the school runs the Terry Fox Run on Friday.',
    ['Elodie Marchetti', 'IEP'],
    ['Viola Desmond', 'Laura Secord', 'Terry Fox Run'],
  ),
  p(
    'Year 6, my student Kobe Raniera has asthma and his mum is Tia Raniera (021 555 0199). He is reading The Whale Rider by Witi Ihimaera and loved Koro Apirana; next week we do Kate Sheppard and Whina Cooper.',
    ['Kobe Raniera', 'Tia Raniera', 'asthma', '021 555 0199'],
    ['The Whale Rider', 'Witi Ihimaera', 'Koro Apirana', 'Kate Sheppard', 'Whina Cooper'],
  ),
  p(
    'My student Yahir Portillo (ID 4410932) arrived from Guatemala in March and has an IEP. For Florida history we read about Henry Flagler and Jean Baptiste Point du Sable.',
    ['Yahir Portillo', '4410932'],
    ['Guatemala', 'Henry Flagler', 'Jean Baptiste Point du Sable'],
  ),
  // A nickname beside the full name it abbreviates (initials, or the start of the first name) joins that child,
  // in any case; an acronym beside its expansion, made of everyday words, stays.
  p(
    'pasting our team thread:\nkel.m  8:01  fyi KQ (keira quist) is back, her inhaler is in the office, lunch # 55102\nkel.m  8:03  and bo (bodhi marchetti) needs his seat by the door. the UN (United Nations) unit starts monday, then NATO (North Atlantic Treaty Organization).',
    ['KQ', 'keira quist', 'bo', 'bodhi marchetti', 'Keira Quist', 'Keira', 'Bodhi'],
    ['UN', 'United Nations', 'NATO', 'North Atlantic Treaty Organization'],
    { answer: 'Seating: Keira Quist by the window, Bodhi near the door. Keira keeps her inhaler with the nurse.' },
  ),
  // A child found in capitals is the same child typed in lower case; a given name that is an everyday word
  // ("mark") stays a word in lower case.
  p(
    'My student Sunniva Holt (ID 772031) and my student Mark Tellis (ID 772044) both have IEPs.',
    ['Sunniva Holt', 'sunniva holt', 'sunniva', 'Mark Tellis', 'Mark'],
    ['the mark scheme'],
    {
      answer:
        'ok so sunniva holt gets the audio version; sunniva also keeps a word bank, and the mark scheme is on the wall for Mark.',
    },
  ),
  // England's SEND and exam access arrangements; Canada's IPRC, Australia's ICP; a therapist's weekly visit.
  p(
    'Y8 form note: my student Kenzie Harrow has an EHCP (ASD) and is on the SEN register (K - SEMH need). She gets a reader + 25% extra time and rest breaks, and was referred to CAMHS in May.',
    ['Kenzie Harrow', 'EHCP', 'SEN register', '25% extra time', 'rest breaks', 'CAMHS'],
  ),
  p(
    'My student Oren Plaskett (OEN 447-120-391) had his IPRC review: modified expectations in math and an ICP (individual curriculum plan). He sees the speech therapist on Tuesdays.',
    ['Oren Plaskett', 'IPRC', 'modified expectations in math', 'ICP', 'speech therapist on Tuesdays'],
  ),
  // Injuries and illnesses in a parent's or a colleague's words, medicines, in English and Spanish.
  p(
    "Heads up: my student Ilse Varga broke her ankle at football and is in a cast for six weeks. She also has a cough, and her Crohn's is flaring up, so the GP put her on prednisone.",
    ['Ilse Varga', 'broke her ankle', 'cast for six weeks', 'has a cough', "Crohn's", 'flaring up', 'prednisone'],
  ),
  p(
    'Mi alumna Yesenia Tovar (matrícula 55-1203) trae el brazo enyesado, tiene alergia al látex y anda con tos; toma prednisona.',
    ['Yesenia Tovar', 'brazo enyesado', 'alergia al látex', 'con tos', 'prednisona'],
    [],
    { language: 'es' },
  ),
  // A newsletter's honours and notices: every item of the list is a child, in either case, with an initial.
  p(
    'Room 9 News\nStar student of the week: Wrenna Kallis!! She read to the kindergarten.\nShout outs: tomasz p for his poster, Gael R for reading 20 books, and Ilona for helping at recess.\nGet well soon Bexley M - he broke his arm at soccer.',
    ['Wrenna Kallis', 'tomasz p', 'Gael R', 'Ilona', 'Bexley M', 'broke his arm'],
  ),
  // A word used as a person in a text with student details: the subject of a clause, the owner of a family
  // member or a record; a quoted nickname inside a full name. Exam boards and platforms in the same slot stay,
  // and so does a worked example's made-up person.
  p(
    "Y7 notes: Kwabena has 25% extra time in his EHCP. elijah was out 3 days with flu. Dervla's mum rang about her 504 plan. Edexcel has moved the paper to June, and Seesaw was down all morning. Worked example for the class: Ming got 18 out of 24 on the quiz, what percent?",
    ['Kwabena', 'elijah', 'Dervla', 'Jax', 'Jaxon', 'Whitmore'],
    ['Edexcel', 'Seesaw', 'Ming'],
    { answer: 'Draft: Kwabena, elijah and Dervla. Also Jaxon "Jax" Whitmore (period 2) has a 504.' },
  ),
  // A student's sibling is a child; initials after a known child's first name; a parent typed in lower case.
  p(
    'voicemail: "hola maestra, habla marta lucía renteria, la mamá de Ezequiel Renteria; su hermanita Itzayana tiene fiebre"',
    ['Itzayana', 'marta lucía renteria', 'Ezequiel', 'fiebre', 'ER'],
    [],
    {
      language: 'es',
      answer:
        'Reply to Marta Lucía Renteria: we hope Itzayana feels better. Ezequiel Renteria (ER) can bring the packet.',
    },
  ),
  // A quoted Spanish nickname with its article, beside the full name it shortens.
  p(
    'jueves — "el Guille" (Guillermo Barrientos Solís), 3º ESO B: 14 faltas este trimestre, tiene TDAH.',
    ['Guille', 'Guillermo Barrientos Solís', 'TDAH'],
    [],
    { language: 'es', answer: '**3º ESO B — Guillermo Barrientos Solís ("el Guille")**: seguimiento de faltas.' },
  ),
];

/** Look-alikes in texts with no child in them. */
const lookAlikes: [string, string[]][] = [
  [
    'Plan a KS2 lesson on Mary Seacole and Edith Cavell, then a reading of Goodnight Mister Tom by Michelle Magorian: how does Mister Tom change Willie Beech?',
    ['Mary Seacole', 'Edith Cavell', 'Goodnight Mister Tom', 'Michelle Magorian', 'Mister Tom', 'Willie Beech'],
  ],
  // The same words in a staff training, a health lesson and a science lesson: no child is spoken of.
  [
    'INSET agenda: how EHCP reviews work, what CAMHS offers, the SEN register, and how access arrangements such as 25% extra time and rest breaks are applied for. Then the IPRC process and modified expectations in math.',
    ['EHCP', 'CAMHS', 'SEN register', '25% extra time', 'rest breaks', 'IPRC', 'modified expectations in math'],
  ],
  [
    "Health unit, lesson 4: how a broken arm heals, why a cast for six weeks, what prednisone does, and why Crohn's disease can flare up.",
    ['cast for six weeks', 'prednisone', "Crohn's disease"],
  ],
  // The same lists naming a group, a place and the people a unit is about.
  [
    'Room 9 News\nShout outs: the PTA for the book fair, and Lakeside Library for the author visit.\nBirthdays this month: Frida Kahlo and Benito Juárez on our timeline.',
    ['PTA', 'Lakeside Library', 'Frida Kahlo', 'Benito Juárez'],
  ],
];

describe('rules from part 9 (names, health, special education, well-known look-alikes)', () => {
  test.each(details.map((probe) => [probe.text, probe] as const))('%s', (_text, probe) => {
    const score = scoreProbe(probe);
    expect(score.missed).toEqual([]);
    expect(score.lost).toEqual([]);
  });

  test.each(lookAlikes)('kept: %s', (text, kept) => {
    expect(scoreProbe({ text, details: [], kept }).lost).toEqual([]);
  });
});
