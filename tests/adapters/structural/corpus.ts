import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TurnLike } from './fidelity';
import { redesignDocument } from './redesign';

/** Every page the structural reader is judged on: known-site fixtures (as they are and redesigned) and the corpus. */
const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');
export const knownSites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'] as const;

export interface EvaluationPage {
  /** "<folder>/<name>", e.g. "claude/rubric-2026-08" or "structural/le-chat/…". */
  readonly id: string;
  readonly html: string;
  /** Expected turns; undefined for pages that hold no conversation. */
  readonly turns: TurnLike[] | undefined;
  readonly expected: Record<string, unknown>;
}

function pagesIn(folder: string): EvaluationPage[] {
  const dir = join(fixturesDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
      const turns = Array.isArray(expected.turns) ? (expected.turns as TurnLike[]) : undefined;
      return { id: `${folder}/${name}`, html: readFileSync(join(dir, file), 'utf8'), turns, expected };
    });
}

/** Known-site fixtures present at run time (other helpers add pages; all are judged). */
export function knownSitePages(): EvaluationPage[] {
  return knownSites.flatMap((site) => pagesIn(site));
}

// A site adapter adds a side document's text (ChatGPT's canvas, Claude's artifacts, Gemini's canvas) or a note that
// it was closed, under this heading: text from outside the chat column, which the structural reader doesn't read.
const sideDocumentMark = /(^|\n)(Document "|\[Document ")/;

/** A page whose expected turns hold a side document's text: reported, not judged (fidelity.test.ts, the bench). */
export function hasSideDocument(page: EvaluationPage): boolean {
  return (page.turns ?? []).some((turn) => sideDocumentMark.test(turn.text));
}

/** Pages whose expected turns hold only what the chat column shows: the ones the structural reader is judged on. */
export function chatColumnPages(pages: readonly EvaluationPage[]): EvaluationPage[] {
  return pages.filter((page) => !hasSideDocument(page));
}

/** Every `<tool>/*.html` page under a corpus folder of tests/fixtures. */
function toolPagesIn(folder: string): EvaluationPage[] {
  const dir = join(fixturesDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((tool) => pagesIn(`${folder}/${tool}`));
}

/** The corpus of layouts with no site adapter, developed against: tests/fixtures/structural/<tool>/*.html. */
export function corpusPages(): EvaluationPage[] {
  return toolPagesIn('structural');
}

/**
 * Layouts with no site adapter written blind to the reader, by seven authors in turn (tests/fixtures/structural-held-out,
 * structural-held-out-2, -3, … -13, README in each): the closest thing to a judge's pages the
 * reader has never seen.
 */
export const heldOutSets = [
  'structural-held-out',
  'structural-held-out-2',
  'structural-held-out-3',
  'structural-held-out-4',
  'structural-held-out-5',
  'structural-held-out-6',
  'structural-held-out-7',
  'structural-held-out-8',
  'structural-held-out-9',
  'structural-held-out-10',
  'structural-held-out-11',
  'structural-held-out-12',
  'structural-held-out-13',
] as const;

export function heldOutPages(set: (typeof heldOutSets)[number]): EvaluationPage[] {
  return toolPagesIn(set);
}

/** Parses trusted fixture HTML (test code only) and reads its URL from <meta name="showwork-fixture-url">. */
export function parsePage(html: string, redesigned = false): { doc: Document; url: URL } {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const url = doc.querySelector('meta[name="showwork-fixture-url"]')?.getAttribute('content');
  if (!url) throw new Error('fixture has no <meta name="showwork-fixture-url">');
  if (redesigned) redesignDocument(doc);
  return { doc, url: new URL(url) };
}
