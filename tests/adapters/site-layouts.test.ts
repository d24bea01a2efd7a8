import { afterEach, describe, expect, test, vi } from 'vitest';
import { defineSiteAdapter, type SiteSelectors } from '../../lib/adapters/adapter-kit';
import { adapters } from '../../lib/adapters/registry';
import { parseFixture, loadExpected, loadFixture } from './fixture-files';

// SiteSelectors.layouts: the page's layout is told from its first prompt's ancestors, and only that layout's roots and
// answers are queried.

/** Every selector `doc` is queried with while `run` runs (querySelector / querySelectorAll on it or any element). */
function selectorsQueried(doc: Document, run: () => void): string[] {
  const seen: string[] = [];
  for (const proto of [Element.prototype, doc]) {
    for (const method of ['querySelector', 'querySelectorAll'] as const) {
      const original = proto[method] as (this: ParentNode, selector: string) => unknown;
      vi.spyOn(proto, method).mockImplementation(function (this: ParentNode, selector: string) {
        seen.push(selector);
        return original.call(this, selector);
      } as never);
    }
  }
  run();
  vi.restoreAllMocks();
  return seen;
}

afterEach(() => vi.restoreAllMocks());

describe('Claude', () => {
  const claude = adapters.find((adapter) => adapter.id === 'claude')!;
  const hubSelectors = ['div[data-perf-region="transcript"]', '[data-testid="assistant-message"]'];

  test.each(['rubric-2026-08', 'artifact-open-2026-07', 'multilingual-hostile-2026-08'])(
    'a page of an older layout (%s) is read without a query for the 2026-10 hub',
    (name) => {
      const { doc, url } = loadFixture('claude', name);
      let conversation: unknown;
      const queried = selectorsQueried(doc, () => (conversation = claude.readConversation(doc, url)));
      expect(conversation).toEqual(loadExpected('claude', name));
      for (const hub of hubSelectors) expect(queried.filter((s) => s.includes(hub))).toEqual([]);
    },
  );

  test('the 2026-10 hub page is read with the hub selectors', () => {
    const { doc, url } = loadFixture('claude', 'fractions-unit-2026-10');
    let conversation: unknown;
    const queried = selectorsQueried(doc, () => (conversation = claude.readConversation(doc, url)));
    expect(conversation).toEqual(loadExpected('claude', 'fractions-unit-2026-10'));
    expect(queried).toContain('div[data-perf-region="transcript"]');
  });
});

describe('the adapter kit', () => {
  const selectors: SiteSelectors = {
    root: ['.new-root', '.old-root'],
    userMessage: ['.prompt'],
    assistantMessage: ['.new-answer', '.old-answer'],
    ignoreMessagesInside: [],
    chrome: [],
    codeBlock: [],
    preWrap: [],
    conversationMarker: [],
    streaming: [],
    sidebarTitle: [],
    model: [],
    layouts: [{ around: '.new-row' }, { around: '.old-row', absent: ['.new-root', '.new-answer'] }],
  };
  const site = defineSiteAdapter({
    id: 'claude',
    hosts: ['claude.ai'],
    name: 'Test site',
    selectors,
    conversationId: () => 'c1',
    cleanTitle: (title) => title,
  });
  const read = (body: string) => {
    const { doc, url } = parseFixture(
      `<!doctype html><html><head><meta name="showwork-fixture-url" content="https://claude.ai/chat/c1"><title>T</title></head><body>${body}</body></html>`,
    );
    let texts: string[] = [];
    const queried = selectorsQueried(doc, () => (texts = site.readConversation(doc, url).turns.map((t) => t.text)));
    return { texts, queried };
  };

  test('a page whose first prompt is in a layout’s wrapper is queried with that layout’s lists only', () => {
    const { texts, queried } = read(
      '<div class="old-root"><div class="old-row"><p class="prompt">Q</p></div><div class="old-answer">A</div></div>',
    );
    expect(texts).toEqual(['Q', 'A']);
    expect(queried.some((s) => s.includes('.new-'))).toBe(false);
  });

  test('the layout holds for the whole page: another layout’s answers are not looked for', () => {
    const { texts } = read(
      '<div class="old-root"><div class="old-row"><p class="prompt">Q</p></div><div class="new-answer">A</div></div>',
    );
    expect(texts).toEqual(['Q']);
  });

  test('a layout with no absent entries keeps every entry, newest first', () => {
    const { texts, queried } = read(
      '<div class="new-root"><div class="new-row"><p class="prompt">Q</p></div><div class="new-answer">A</div><div class="old-answer">B</div></div>',
    );
    expect(texts).toEqual(['Q', 'A']);
    expect(queried).toContain('.new-root');
  });

  test('with no prompt, or a prompt in no known wrapper, every entry is tried', () => {
    expect(read('<div class="old-root"><div class="old-answer">A</div></div>').texts).toEqual(['A']);
    const { texts, queried } = read(
      '<div class="old-root"><p class="prompt">Q</p><div class="old-answer">A</div></div>',
    );
    expect(texts).toEqual(['Q', 'A']);
    expect(queried).toContain('.new-answer');
  });
});
