import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Logs kept by the clock, one child a line (lib/redaction/timed-log-names.ts), on logs written for this test
 * (1 Dec 2026) that appear in no corpus part; a day's schedule of the same shape keeps its words.
 */
const details: Probe[] = [
  p(
    'Health office log 3/4, please turn into parent notes:\n08:05 Declan Whitcombe gr4 — stomachache, rested 15 min, back to class\n10:20 Anaïs Barberena (5) — scraped knee at recess, cleaned, band-aid, mom called\n1:45 pm Koa Kealoha — headache, no fever, dad picked up',
    ['Declan Whitcombe', 'Anaïs Barberena', 'Koa Kealoha'],
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'Field day schedule for the class:\n08:05 Opening Assembly — welcome and rules\n10:20 Relay Races — back to class by 11\n1:45 Awards — certificates and ice pops',
    ['Opening Assembly', 'Relay Races', 'Awards'],
  ],
  [
    'Museum visit plan:\n09:30 Benjamin Franklin — the kite and the key, then lunch\n11:00 Amelia Earhart — flights, then back to class',
    ['Benjamin Franklin', 'Amelia Earhart'],
  ],
];

describe('logs kept by the clock, one child a line', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);
});
