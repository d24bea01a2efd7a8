import { describe, expect, test } from 'vitest';
import { readTitle } from '../../../lib/adapters/structural/conversation-meta';

// The page's first <h1> outside the messages names the conversation when the page title is only the tool's name.
// readTitle looks only around the column (not through it): these pages put headings before, inside, around and after
// the column, at several depths, and the heading chosen must be the first outside the column in document order, as
// a query over the whole document would find it.
function page(body: string): { doc: Document; column: Element } {
  const doc = document.implementation.createHTMLDocument('ChatGPT');
  doc.body.innerHTML = body;
  return { doc, column: doc.getElementById('column')! };
}

function firstOutside(doc: Document, column: Element): string | undefined {
  for (const heading of doc.querySelectorAll('h1')) {
    if (column.contains(heading)) continue;
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return undefined;
}

const layouts: [string, string][] = [
  [
    'before the column, nested',
    '<div><nav><h1>Before</h1></nav><main><div id="column"><h1>Inside</h1></div></main></div>',
  ],
  ['only inside the column', '<main><div id="column"><h1>Inside</h1><p>hi</p></div></main>'],
  [
    'after the column, deep first',
    '<main><section><div id="column"><h1>In</h1></div><h1>Right after</h1></section><h1>Later</h1></main>',
  ],
  ['an ancestor heading', '<h1><span>Around</span><div id="column"><p>hi</p></div></h1>'],
  [
    'blank headings passed over',
    '<header><h1> </h1></header><div id="column"><p>x</p></div><footer><div><h1>Footer</h1></div></footer>',
  ],
  ['before beats after', '<div><h1>After?</h1></div><div><div id="column"></div></div>'.replace('After?', 'First')],
  [
    'sibling subtree before the chain',
    '<div><aside><div><h1>Side</h1></div></aside><div><div id="column"><h1>In</h1></div></div></div><h1>End</h1>',
  ],
  ['none', '<div id="column"><p>Plan a lesson on fractions for year 5</p></div>'],
];

describe('readTitle: the first heading outside the conversation', () => {
  test.each(layouts)('%s', (_, body) => {
    const { doc, column } = page(body);
    const expected = firstOutside(doc, column) ?? 'Plan a lesson on fractions';
    expect(readTitle(doc, column, 'Plan a lesson on fractions', 'chatgpt.com')).toBe(expected);
  });
});
