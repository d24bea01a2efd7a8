import { kindPriority, type RedactionKind, type RedactionReason } from './kinds';
import { compiledEarly } from './compiled-early';

/** One finding in one text: what it is, where, and why it was flagged. */
export interface Detection {
  kind: RedactionKind;
  /** The exact text to replace. */
  text: string;
  /** Offset in the text scanned. */
  start: number;
  /** Groups findings that are the same item (the same child, the same lunch number). */
  key: string;
  reason: RedactionReason;
  /**
   * 'global': this text names the item wherever it appears (a name, an ID, an email) and is replaced
   * everywhere; 'local': a short or common value ("B+", "Yes", "peanuts") replaced only where it was found.
   */
  scope: 'global' | 'local';
  /** Matched in any case later on (full roster names). */
  caseInsensitive?: boolean;
  /** Other strings that name the same person elsewhere: the first and last name of a full name. */
  parts?: string[];
}

export function normaliseKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const combiningMarks = compiledEarly(/\p{M}/gu);

export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').normalize('NFC');
}

/** Where findings overlap, the longer one wins, then the more specific kind. */
export function dropOverlaps(found: Detection[]): Detection[] {
  const sorted = [...found].sort(
    (a, b) => b.text.length - a.text.length || kindPriority[a.kind] - kindPriority[b.kind] || a.start - b.start,
  );
  const kept: Detection[] = [];
  for (const d of sorted) {
    const end = d.start + d.text.length;
    if (kept.some((k) => d.start < k.start + k.text.length && k.start < end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
