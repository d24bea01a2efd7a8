import { describe, expect, test } from 'vitest';
import { adapters } from '../../../lib/adapters/registry';
import { judgeSiteReading } from '../../../lib/adapters/structural/plausibility';
import { readStructurally, type StructuralReading } from '../../../lib/adapters/structural/read-structurally';
import { AdapterError } from '../../../lib/adapters/types';
import type { ExtractedTurn } from '../../../lib/model/turn';
import { knownSitePages, parsePage } from './corpus';

const conversationPages = knownSitePages().filter((page) => page.turns !== undefined);

function siteReading(siteId: string, doc: Document, url: URL): ExtractedTurn[] | AdapterError {
  const adapter = adapters.find((a) => a.id === siteId)!;
  try {
    return adapter.readConversation(doc, url).turns;
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
}

const turn = (role: ExtractedTurn['role'], text: string): ExtractedTurn => ({ role, text, markdown: text });

function reading(turns: ExtractedTurn[], confidence = 0.9): StructuralReading {
  const conversation = { site: 'web' as const, externalId: 'x', url: 'https://example.org/c/1', title: 't', turns };
  return { conversation, confidence, reasons: [] };
}

describe('judgeSiteReading', () => {
  test.each(conversationPages.map((page) => [page.id, page] as const))(
    "%s: the site adapter stays the answer on today's fixture",
    (id, page) => {
      const { doc, url } = parsePage(page.html);
      const site = siteReading(id.split('/')[0]!, doc, url);
      const verdict = judgeSiteReading(site, readStructurally(doc, url));
      expect(verdict, verdict.reason).toMatchObject({ useStructural: false });
    },
  );

  test.each(conversationPages.map((page) => [page.id, page] as const))(
    '%s redesigned: the site adapter reads nothing, the structural reading is used',
    (id, page) => {
      const { doc, url } = parsePage(page.html, true);
      const site = siteReading(id.split('/')[0]!, doc, url);
      const verdict = judgeSiteReading(site, readStructurally(doc, url));
      expect(verdict.useStructural).toBe(true);
      expect(verdict.reason).toBe('the site reader found no turns');
    },
  );

  const prompts = [
    'Plan a lesson on fractions for Year 5 pupils.',
    'Add a rubric with three levels.',
    'Now a short exit ticket please.',
  ];
  const answers = prompts.map(
    (_, i) => `Answer ${i}: ` + 'here is a careful and complete reply with several words '.repeat(4),
  );
  const structural = reading(prompts.flatMap((p, i) => [turn('user', p), turn('assistant', answers[i]!)]));

  test('several prompts merged into one turn (Claude 2026-10 with the old adapter) → structural', () => {
    const merged = [turn('user', prompts.join(' ')), turn('assistant', answers.join(' '))];
    expect(judgeSiteReading(merged, structural)).toMatchObject({ useStructural: true });
    expect(judgeSiteReading(merged, structural).reason).toMatch(/merged 3 prompts into 1/);
  });

  test('far less of the text covered (answers read at 20 %) → structural', () => {
    const partial = prompts.flatMap((p, i) => [turn('user', p), turn('assistant', answers[i]!.slice(0, 40))]);
    expect(judgeSiteReading(partial, structural)).toMatchObject({ useStructural: true });
  });

  test("roles that don't alternate → structural", () => {
    const allAnswers = prompts.flatMap((p, i) => [turn('assistant', p), turn('assistant', answers[i]!)]);
    expect(judgeSiteReading(allAnswers, structural)).toMatchObject({ useStructural: true });
  });

  test('an unsure structural reading never overrules a site reading, and none at all keeps the error', () => {
    const partial = [turn('user', prompts[0]!)];
    expect(judgeSiteReading(partial, reading(structural.conversation!.turns, 0.3))).toMatchObject({
      useStructural: false,
    });
    const empty: StructuralReading = { conversation: null, confidence: 0, reasons: [] };
    expect(judgeSiteReading(new AdapterError('no-turns', 'x'), empty)).toMatchObject({ useStructural: false });
  });
});
