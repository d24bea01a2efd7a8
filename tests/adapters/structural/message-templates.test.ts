import { describe, expect, test } from 'vitest';
import { promptsByTemplate, type TemplateCandidate } from '../../../lib/adapters/structural/message-templates';

// One component for every message, as in a tool that greets first: answers the page marks (a toolbar) and answers it
// leaves unmarked (the greeting, the newest answer) share the prompts' template once their toolbars are set aside.
const same = 'div(div;div(div;))';
const marked = 'div(div;div(div;)nav;)';

describe('a block read as an answer for its shape alone, built as the prompts are', () => {
  test('between two answers the page marks, it is a prompt (pasted notes with a list)', () => {
    const blocks: TemplateCandidate[] = [
      { template: same, role: 'user', isMarked: true },
      { template: marked, role: 'assistant', isMarked: true },
      { template: same, role: 'assistant', isMarked: false },
      { template: marked, role: 'assistant', isMarked: true },
    ];
    expect([...promptsByTemplate(blocks)]).toEqual([2]);
  });

  test('counter-case: beside a prompt it stays an answer (a greeting before the first prompt, the newest answer)', () => {
    const blocks: TemplateCandidate[] = [
      { template: same, role: 'assistant', isMarked: false },
      { template: same, role: 'user', isMarked: false },
      { template: marked, role: 'assistant', isMarked: true },
      { template: same, role: 'user', isMarked: true },
      { template: same, role: 'assistant', isMarked: false },
    ];
    expect([...promptsByTemplate(blocks)]).toEqual([]);
  });
});
