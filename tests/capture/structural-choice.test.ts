import { describe, expect, test } from 'vitest';
import { adapters } from '@/lib/adapters/registry';
import { chooseReading } from '@/lib/content/structural-choice';
import { judgeSiteReading } from '@/lib/adapters/structural/plausibility';
import { readStructurally } from '@/lib/adapters/structural/read-structurally';
import type { ExtractedConversation } from '@/lib/model/conversation';
import { knownSitePages, parsePage } from '../adapters/structural/corpus';

/** One conversation page per known site (the first with turns), as saved and as after a simulated redesign. */
const pages = adapters.map((adapter) => {
  const page = knownSitePages().find((p) => p.id.startsWith(`${adapter.id}/`) && p.turns !== undefined)!;
  return [adapter.id, adapter, page] as const;
});

const readWithAdapter = (adapter: (typeof adapters)[number], doc: Document, url: URL) => {
  try {
    const read = adapter.readConversation(doc, url);
    return read.turns.length > 0 ? read : undefined;
  } catch {
    return undefined;
  }
};

describe.each(pages)('%s', (site, adapter, page) => {
  test('as saved: the adapter’s reading stands (reader "site")', () => {
    const { doc, url } = parsePage(page.html);
    const siteReading = readWithAdapter(adapter, doc, url)!;
    const choice = chooseReading(doc, url, site, siteReading);
    expect(choice).toMatchObject({ ok: true, conversation: { site, reader: 'site', turns: siteReading.turns } });
  });

  test('after a redesign the adapter reads nothing: the structural reading is stored under the site', () => {
    const { doc, url } = parsePage(page.html, true);
    expect(readWithAdapter(adapter, doc, url)).toBeUndefined();
    const choice = chooseReading(doc, url, site, undefined);
    if (!choice.ok) throw new Error(choice.message);
    expect(choice.conversation).toMatchObject({ site, reader: 'structural' });
    // Fidelity per page is the reader's own test (tests/adapters/structural); here: the wiring files it right.
    expect(choice.conversation.turns.length).toBeGreaterThan(0);
  });
});

describe('a site reading the structural reader shows to be implausible', () => {
  // A saved known-site conversation long enough to break in several ways, which both readers read alike
  // (the first page per site may be short; a side-document page reads differently by design).
  const adapterOf = (id: string) => adapters.find((a) => id.startsWith(`${a.id}/`))!;
  const page = knownSitePages().find((p) => {
    if ((p.turns?.length ?? 0) < 4) return false;
    const { doc, url } = parsePage(p.html);
    const site = adapterOf(p.id).id;
    return readStructurally(doc, url, { site }).conversation?.turns.length === p.turns!.length;
  })!;
  const adapter = adapterOf(page.id);
  const site = adapter.id;
  const { doc, url } = parsePage(page.html);
  const good = adapter.readConversation(doc, url);

  test('prompts merged into one turn and answers cut short: replaced, keeping the conversation id and title', () => {
    const [first, second, third, ...rest] = good.turns;
    const broken: ExtractedConversation = {
      ...good,
      turns: [
        { ...first!, text: `${first!.text} ${third!.text}`, markdown: first!.markdown },
        { ...second!, text: second!.text.split(/\s+/).slice(0, 3).join(' ') },
        ...rest.filter((turn) => turn.role === 'assistant').slice(0, 1),
      ],
    };
    const choice = chooseReading(doc, url, site, broken);
    if (!choice.ok) throw new Error(choice.message);
    expect(choice.conversation).toMatchObject({
      site,
      reader: 'structural',
      externalId: good.externalId,
      title: good.title,
    });
    expect(choice.conversation.turns.length).toBe(good.turns.length);
    expect(choice.reasons.join(' ')).toMatch(/prompts|words/);
  });

  test('roles that repeat where the page alternates: replaced', () => {
    const broken = { ...good, turns: good.turns.map((turn) => ({ ...turn, role: 'assistant' as const })) };
    expect(judgeSiteReading(broken.turns, readStructurally(doc, url, { site })).useStructural).toBe(true);
  });

  test('a site reading with more than the page shows (a scroll walk over a virtualised page) stands', () => {
    const more = { ...good, turns: [...good.turns, ...good.turns] };
    expect(judgeSiteReading(more.turns, readStructurally(doc, url, { site })).useStructural).toBe(false);
  });

  test('a structural reading too unsure to judge never overrules the site', () => {
    const structural = readStructurally(doc, url, { site });
    const broken = { ...good, turns: good.turns.slice(0, 1) };
    expect(judgeSiteReading(broken.turns, { ...structural, confidence: 0.3 }).useStructural).toBe(false);
  });
});

test('no conversation on the page: the reader says so in the teacher’s words', () => {
  const doc = new DOMParser().parseFromString('<main><h1>Welcome</h1><p>Sign in</p></main>', 'text/html');
  const choice = chooseReading(
    doc as unknown as Document,
    new URL('https://x.test/'),
    'web',
    undefined,
    judgeSiteReading,
  );
  expect(choice).toMatchObject({ ok: false, message: expect.stringMatching(/couldn't find a conversation/) });
});
