import { describe, expect, test } from 'vitest';
import { readStructurally } from '../../../lib/adapters/structural/read-structurally';
import { corpusPages, knownSitePages, parsePage } from './corpus';

const page = (id: string) => [...corpusPages(), ...knownSitePages()].find((p) => p.id === id)!;

describe('readStructurally', () => {
  test('stores under `web` by default, with the reader, the host-qualified id, the URL and the title', () => {
    const { doc, url } = parsePage(page('structural/le-chat/reading-groups-2026-10').html);
    const reading = readStructurally(doc, url);
    expect(reading.conversation).toMatchObject({
      site: 'web',
      reader: 'structural',
      externalId: 'chat.mistral.ai/3f6b1c2e-8a4d-4e51-9c7a-2b1d0e9f8a77',
      url: 'https://chat.mistral.ai/chat/3f6b1c2e-8a4d-4e51-9c7a-2b1d0e9f8a77',
      title: 'Reading groups for Year 3',
    });
    expect(reading.confidence).toBeGreaterThan(0.5);
    expect(reading.reasons.join(' ')).toMatch(/roles from the page/);
  });

  test("as a known site's fallback: the site's id and the conversation id its adapter reads", () => {
    const { doc, url } = parsePage(page('claude/rubric-2026-08').html, true);
    const conversation = readStructurally(doc, url, { site: 'claude' }).conversation!;
    expect(conversation.site).toBe('claude');
    expect(conversation.externalId).toBe('4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b');
  });

  test('prompts keep the line breaks the teacher typed; answers keep Markdown (lists, tables, code with language)', () => {
    const { doc, url } = parsePage(page('structural/le-chat/reading-groups-2026-10').html, true);
    const [prompt, answer, , code] = readStructurally(doc, url).conversation!.turns;
    expect(prompt!.text).toBe(
      'I teach Year 3. Suggest how to split 24 pupils into guided reading groups.\nThree ability levels, and I have 20 minutes a day.',
    );
    expect(answer!.markdown).toContain('| Day | With teacher | Independent |');
    expect(answer!.markdown).toContain('1. **Group A** (needs most support): guided reading with you.');
    expect(answer!.text).not.toMatch(/Copy|CSV|Le Chat|Regenerate/);
    expect(code!.markdown).toContain('```python\nbooks = {');
  });

  test('math keeps its TeX (from the MathML annotation), once', () => {
    const { doc, url } = parsePage(page('structural/deepseek/quadratics-2026-09').html, true);
    const answer = readStructurally(doc, url).conversation!.turns[1]!;
    expect(answer.markdown).toContain('$x^2 + 6x + 5$');
    expect(answer.text.match(/x\^2 \+ 6x \+ 5/g)).toHaveLength(1);
    expect(answer.text).not.toContain('Thought for');
    expect(answer.text).not.toContain('avoid too much notation');
  });

  test('a page title that is only the tool name gives way to the first prompt', () => {
    const { doc, url } = parsePage(page('structural/huggingchat/vocabulary-2026-06').html);
    expect(readStructurally(doc, url).conversation!.title).toMatch(/^My Year 5 class starts a unit on volcanoes/);
  });
});

test("the reader's restated limits are the model's", async () => {
  const { limits } = await import('../../../lib/model/turn');
  const { readerLimits } = await import('../../../lib/adapters/structural/limits');
  expect(readerLimits).toEqual(limits);
});
