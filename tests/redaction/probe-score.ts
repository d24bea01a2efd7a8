import { expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { makeDoc, makeTurn } from '../export/sample-docs';

/** A probe sentence (or a prompt and the AI's answer) with the details that must go and the look-alikes that must stay. */
export interface Probe {
  text: string;
  /** Student details that must not survive. */
  details: string[];
  /** Look-alikes that must survive. */
  kept: string[];
  language?: 'en' | 'es';
  /** A second turn (the AI's answer) in the same trace. */
  answer?: string;
}

export const probe = (text: string, details: string[], kept: string[] = [], extra: Partial<Probe> = {}): Probe => ({
  text,
  details,
  kept,
  ...extra,
});

export function redactedText(probe: Probe): string {
  const turns = [makeTurn(0, 'user', probe.text)];
  if (probe.answer) turns.push(makeTurn(1, 'assistant', probe.answer, 'accepted'));
  const doc = makeDoc({ language: probe.language ?? 'en', teacherName: 'Ana García', turns });
  return redactTraceDocument(doc, findStudentData(doc, []), new Set())
    .turns.map((t) => t.markdown)
    .join('\n');
}

function occurs(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

/** Details still in the export and look-alikes lost, for one probe. */
export function scoreProbe(probe: Probe): { missed: string[]; lost: string[] } {
  const out = redactedText(probe);
  return {
    missed: probe.details.filter((d) => occurs(out, d)),
    lost: probe.kept.filter((k) => !occurs(out, k)),
  };
}

/**
 * The two checks every rules file runs (one test per probe, named by its text): a detail probe loses every
 * detail and keeps every look-alike; a look-alike line keeps its words.
 */
export function testDetailProbes(probes: readonly Probe[]): void {
  test.each(probes.map((probe) => [probe.text, probe] as const))('%s', (_text, probe) => {
    expect(scoreProbe(probe)).toEqual({ missed: [], lost: [] });
  });
}

export function testLookAlikes(lines: readonly (readonly [string, string[]])[]): void {
  test.each(lines.map(([text, kept]) => [text, kept] as [string, string[]]))('kept: %s', (text, kept) => {
    expect(scoreProbe({ text, details: [], kept }).lost).toEqual([]);
  });
}
