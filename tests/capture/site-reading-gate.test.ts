import { describe, expect, test } from 'vitest';
import { adapters } from '@/lib/adapters/registry';
import { defineSiteAdapter, stripSiteName } from '@/lib/adapters/adapter-kit';
import type { SiteAdapter } from '@/lib/adapters/types';
import type { ExtractedTurn } from '@/lib/model/turn';
import { judgeSiteReadingCheaply } from '@/lib/content/site-reading-gate';
import { knownSitePages, parsePage } from '../adapters/structural/corpus';
import { claudeSelectorsV010 } from './claude-selectors-v0-1-0';

const adapterOf = (id: string) => adapters.find((a) => id.startsWith(`${a.id}/`))!;

function read(adapter: SiteAdapter, html: string): { turns: ExtractedTurn[]; root: Element | null } {
  const { doc, url } = parsePage(html);
  let turns: ExtractedTurn[] = [];
  try {
    turns = adapter.readConversation(doc, url).turns;
  } catch {
    // No conversation: no turns.
  }
  return { turns, root: adapter.findConversationRoot(doc) };
}

const conversations = knownSitePages().filter((page) => page.turns !== undefined);
const notConversations = knownSitePages().filter((page) => page.turns === undefined);

test('the fixtures include conversations and non-conversations of every known site', () => {
  expect(new Set(conversations.map((p) => adapterOf(p.id).id)).size).toBe(adapters.length);
  expect(notConversations.length).toBeGreaterThan(0);
});

describe.each(conversations.map((page) => [page.id, page] as const))('%s as saved', (_id, page) => {
  test("the adapter's reading looks fine: no structural read", () => {
    const { turns, root } = read(adapterOf(page.id), page.html);
    expect(turns.length).toBeGreaterThan(0);
    expect(judgeSiteReadingCheaply(turns, root)).toEqual({ suspicious: false });
  });
});

describe.each(notConversations.map((page) => [page.id, page] as const))('%s', (_id, page) => {
  test('no turns read: the structural reader looks', () => {
    const { turns, root } = read(adapterOf(page.id), page.html);
    expect(judgeSiteReadingCheaply(turns, root)).toMatchObject({ suspicious: true });
  });
});

describe.each(conversations.map((page) => [page.id, page] as const))('%s read wrongly', (_id, page) => {
  const adapter = adapterOf(page.id);
  test('after a redesign the adapter reads nothing: suspicious', () => {
    const { doc, url } = parsePage(page.html, true);
    expect(() => adapter.readConversation(doc, url)).toThrow();
    expect(judgeSiteReadingCheaply([], adapter.findConversationRoot(doc))).toMatchObject({ suspicious: true });
  });

  test('roles that repeat: suspicious', () => {
    const { turns, root } = read(adapter, page.html);
    const same = turns.map((turn) => ({ ...turn, role: 'assistant' as const }));
    expect(judgeSiteReadingCheaply(same, root)).toMatchObject({ suspicious: true });
  });
});

// Pages where answers are most of the text (on a short page prompts and labels alone can pass).
const answerHeavy = conversations.filter(
  (page) => share(read(adapterOf(page.id), page.html).turns, 'assistant') >= 0.7,
);
// Pages with two prompts or more.
const multiTurn = conversations.filter((page) => page.turns!.filter((turn) => turn.role === 'user').length >= 2);

test('several pages can show answers cut short and prompts merged', () => {
  expect(answerHeavy.length).toBeGreaterThanOrEqual(3);
  expect(multiTurn.length).toBeGreaterThanOrEqual(3);
});

describe.each(answerHeavy.map((page) => [page.id, page] as const))('%s', (_id, page) => {
  test("every answer cut to its first tenth: suspicious (the turns hold too little of the page's text)", () => {
    const { turns, root } = read(adapterOf(page.id), page.html);
    const cut = turns.map((turn) => {
      if (turn.role !== 'assistant') return turn;
      const words = turn.text.split(/\s+/);
      return { ...turn, text: words.slice(0, Math.ceil(words.length / 10)).join(' ') };
    });
    expect(judgeSiteReadingCheaply(cut, root)).toMatchObject({ suspicious: true, reason: expect.stringMatching(/%/) });
  });
});

describe.each(multiTurn.map((page) => [page.id, page] as const))('%s', (_id, page) => {
  test('all prompts merged into one turn before the answers: suspicious', () => {
    const { turns, root } = read(adapterOf(page.id), page.html);
    const merged: ExtractedTurn[] = [
      {
        role: 'user',
        text: turns
          .filter((t) => t.role === 'user')
          .map((t) => t.text)
          .join('\n'),
        markdown: '',
      },
      ...turns.filter((turn) => turn.role === 'assistant'),
    ];
    expect(judgeSiteReadingCheaply(merged, root)).toMatchObject({ suspicious: true });
  });
});

function share(turns: readonly ExtractedTurn[], role: ExtractedTurn['role']): number {
  const of = (list: readonly ExtractedTurn[]) => list.reduce((n, t) => n + t.text.length, 0);
  return of(turns.filter((t) => t.role === role)) / of(turns);
}

describe("Claude's 2026-10 markup read with the 0.1.0 selectors (the failure that made the structural check)", () => {
  const v010 = defineSiteAdapter({
    id: 'claude',
    hosts: ['claude.ai'],
    name: 'Claude',
    selectors: claudeSelectorsV010,
    conversationId: (url) => /^\/chat\/([\w-]{8,})/.exec(url.pathname)?.[1],
    cleanTitle: (title) => stripSiteName(title, ['Claude', 'New chat']),
  });
  const pages = knownSitePages().filter((page) => /^claude\/.*2026-10/.test(page.id) && page.turns !== undefined);

  test.each(pages.map((page) => [page.id, page] as const))('%s: the gate fires', (_id, page) => {
    const { turns, root } = read(v010, page.html);
    expect(turns.length).toBeGreaterThan(0);
    expect(judgeSiteReadingCheaply(turns, root)).toMatchObject({ suspicious: true });
  });

  test.each(pages.map((page) => [page.id, page] as const))(
    '%s: even with prompts and answers paired right, answers cut to a fifth are caught',
    (_id, page) => {
      // The 0.1.0 selectors kept 9-23 % of each answer's words.
      const { root } = read(v010, page.html);
      const paired: ExtractedTurn[] = page.turns!.map((turn) => ({
        role: turn.role,
        text: turn.role === 'user' ? turn.text : turn.text.slice(0, Math.ceil(turn.text.length / 5)),
        markdown: '',
      }));
      expect(judgeSiteReadingCheaply(paired, root)).toMatchObject({
        suspicious: true,
        reason: expect.stringMatching(/%/),
      });
    },
  );

  test('there is such a page', () => expect(pages.length).toBeGreaterThan(0));
});

test('no conversation element where turns were read: suspicious', () => {
  const turns: ExtractedTurn[] = [
    { role: 'user', text: 'q', markdown: 'q' },
    { role: 'assistant', text: 'a', markdown: 'a' },
  ];
  expect(judgeSiteReadingCheaply(turns, null)).toMatchObject({ suspicious: true });
});
