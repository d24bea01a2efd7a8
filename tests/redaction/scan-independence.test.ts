import { expect, test } from 'vitest';
import { findStudentData } from '../../lib/redaction/apply';
import { makeDoc, makeTurn } from '../export/sample-docs';

/**
 * The export scans the text its preview scanned a moment before. compromise's tagger (the slowest name reader) runs on
 * a few sentences per scan and caches what it read; when cached sentences did not count against a scan's budget, the
 * second scan tagged sentences the first had skipped and redacted names the teacher never saw in the preview.
 */
const invented = [
  'Quorra Vantablack',
  'Tesmir Olwaney',
  'Bracken Dullivan',
  'Ysolde Harrowgate',
  'Pell Quintanar',
  'Orrin Maelstrom',
  'Odile Kolarik',
  'Tamsin Ebbrecht',
  'Juno Castellanet',
  'Ravi Ottaway',
  'Idony Penhallow',
  'Colm Ferriter',
  'Ansel Brightwater',
  'Marit Solberg',
  'Teodor Vasquell',
  'Liesl Anwander',
  'Bram Ostrander',
  'Nell Corwenna',
  'Piers Aldenwick',
  'Sabine Marchetti',
];
// A class cue and a name no word list knows: only the tagger can read these (it knows the "Jr." suffix).
const sentences = invented.map((name, i) => `In period ${(i % 7) + 1}, ${name} Jr. finished the lab report early.`);

function foundIn(lines: string[]): string[] {
  const doc = makeDoc({
    turns: [makeTurn(0, 'user', lines.join('\n\n')), makeTurn(1, 'assistant', 'Thanks.', 'accepted')],
  });
  return findStudentData(doc, []).map((c) => `${c.kind}:${c.text}`);
}

test("a scan's findings depend only on its text, not on what earlier scans read", () => {
  const first = foundIn(sentences);
  // Scanning the sentences the first scan had no budget left for puts them in the tagger's cache…
  foundIn(sentences.slice(12));
  // …and the same text scanned again still finds exactly what it found the first time.
  expect(foundIn(sentences)).toEqual(first);
  expect(first.length).toBeGreaterThan(0);
});
