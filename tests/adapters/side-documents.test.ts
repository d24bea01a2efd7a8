import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { fixtureNames, loadExpected, loadFixture, type SiteId } from './fixture-files';

/** Fixtures whose answer shows a side document's card: the document open (its text on the page) or closed. */
const documentFixtures: { site: SiteId; open: string; closed: string; title: string; bodyLine: string }[] = [
  {
    site: 'chatgpt',
    open: 'canvas-open-2026-09',
    closed: 'canvas-closed-2026-09',
    title: 'Water cycle lesson plan',
    bodyLine: '2. Model (15 min): act out each stage in groups.',
  },
  {
    site: 'claude',
    open: 'artifact-open-2026-07',
    closed: 'artifact-closed-2026-07',
    title: 'Science fair timeline',
    bodyLine: '3. Week 5: make the board.',
  },
  {
    site: 'gemini',
    open: 'canvas-open-2026-07',
    closed: 'canvas-closed-2026-07',
    title: 'Reading comprehension quiz',
    bodyLine: '2. What changes after the storm?',
  },
];

function read(site: SiteId, name: string) {
  const { doc, url } = loadFixture(site, name);
  return adapters.find((adapter) => adapter.id === site)!.readConversation(doc, url);
}

function answers(site: SiteId, name: string): string[] {
  return read(site, name)
    .turns.filter((turn) => turn.role === 'assistant')
    .map((turn) => turn.text);
}

describe.each(documentFixtures)('$site side document', ({ site, open, closed, title, bodyLine }) => {
  test('an open document is read into the answer that shows its card, under its title', () => {
    const [first] = answers(site, open);
    expect(first).toContain(`Document "${title}":\n\n`);
    expect(first).toContain(bodyLine);
    expect(first).not.toContain(`"${title}" was not open`);
  });

  test('a closed document leaves a plain note in the answer, never a bare card', () => {
    const [first] = answers(site, closed);
    expect(first).toContain(
      `[Document "${title}" was not open when captured — open it and capture again to include it]`,
    );
    expect(first).not.toContain(bodyLine);
    // The card's own chrome (type label, Open / Download buttons, timestamp) is not answer text.
    expect(first).not.toMatch(/\bDocument\s*·|\bOpen\b|Download|PM\b/);
  });

  test('the rest of the answer is kept around the document, in order', () => {
    const [openAnswer] = answers(site, open);
    const [closedAnswer] = answers(site, closed);
    const outside = (text: string) => [text.split('\n\n')[0], text.split('\n\n').at(-1)];
    expect(outside(openAnswer!)).toEqual(outside(closedAnswer!));
  });
});

describe('side document notes in the teacher language', () => {
  const es = JSON.parse(readFileSync('locales/es/sites.json', 'utf8')) as Record<string, { message: string }>;
  const global = globalThis as { chrome?: unknown };
  afterEach(() => {
    delete global.chrome;
  });

  test('the note and heading come from locales/<lang>/sites.json', () => {
    global.chrome = {
      i18n: {
        getMessage: (key: string, substitutions: string[] = []) =>
          es[key]?.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '') ?? '',
      },
    };
    const [closedAnswer] = answers('gemini', 'canvas-closed-2026-07');
    expect(closedAnswer).toContain(
      '[El documento «Reading comprehension quiz» no estaba abierto al capturar: ábrelo y vuelve a capturar para incluirlo]',
    );
    const [openAnswer] = answers('gemini', 'canvas-open-2026-07');
    expect(openAnswer).toContain('Documento «Reading comprehension quiz»:');
  });
});

describe('code block headers on ChatGPT', () => {
  test.each(fixtureNames('chatgpt').filter((name) => !('error' in (loadExpected('chatgpt', name) as object))))(
    '%s keeps a code language only as the fence language',
    (name) => {
      for (const turn of read('chatgpt', name).turns) {
        const languages = [...turn.markdown.matchAll(/^```(\w+)$/gm)].map((m) => m[1]!.toLowerCase());
        const lines = turn.text.split('\n').map((line) => line.trim().toLowerCase());
        for (const language of languages) expect(lines).not.toContain(language);
      }
    },
  );

  test("the 2026-09 header outside the viewer's <pre> names the fence and is not answer text", () => {
    const turn = read('chatgpt', 'canvas-open-2026-09').turns[3]!;
    expect(turn.markdown).toContain('```python\ndef to_celsius(f):');
    expect(turn.text).not.toMatch(/^Python$/m);
    expect(turn.text).not.toMatch(/\bRun\b/);
  });
});
