import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * An expanded sources panel under an answer (Amazon Q's "Sources (2)" in held-out set 7): a toggle captioned as
 * sources, then a list of links, each with its number and a snippet repeating the answer's words. Chrome, like any
 * reference list (source-panel.ts).
 */

const { turnsOf } = smallPageReader(new URL('https://staff.example.test/conversation/1'));

const sourceItem = (n: number, title: string, snippet: string) =>
  `<li><div class="card"><span class="num">${n}</span><a href="https://docs.example.test/${n}.pdf">${title}</a><div class="snip">…${snippet}…</div></div></li>`;
const panel = (toggle: string, inside: string) =>
  `<div class="src"><div class="head"><button type="button" aria-expanded="true"><svg></svg><span>${toggle}</span></button></div><div class="panel">${inside}</div></div>`;
const twoSources = `<ul>${sourceItem(1, 'Grading guide 2026.pdf', 'each target is reported on a 1–4 scale')}${sourceItem(2, 'Reassessment.docx', 'one reassessment per target per unit')}</ul>`;
const page = (after: string) => `<main><div class="log">
  <div class="row me"><span class="bubble">Write a short note to families about the new grading policy.</span></div>
  <div class="row bot"><div class="bubble"><p>Each target is reported on a 1–4 scale.</p><ul><li>Homework is practice.</li><li>Students can reassess once per unit.</li></ul>${after}</div><button aria-label="Copy">c</button></div>
  <div class="row me"><span class="bubble">Thanks, now a shorter version please.</span></div>
  <div class="row bot"><div class="bubble"><p>A 3 means your student meets the target.</p><ul><li>Homework is practice.</li></ul></div><button aria-label="Copy">c</button></div>
</div><textarea aria-label="Message"></textarea></main>`;
const body =
  'Each target is reported on a 1–4 scale.\n\n- Homework is practice.\n- Students can reassess once per unit.';

describe('an expanded sources panel under an answer is chrome', () => {
  test.each([false, true])('"Sources (2)" and its links and snippets are left out (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(page(panel('Sources (2)', twoSources)), redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toBe(body);
  });

  test('counter-case: a toggle with another caption leaves its list of links in the answer', () => {
    const turns = turnsOf(page(panel('Show steps (2)', twoSources)));
    expect(turns[1]!.text).toContain('Grading guide 2026.pdf');
  });

  test('counter-case: a panel with words of its own beside the list stays in the answer', () => {
    const turns = turnsOf(
      page(panel('Sources (2)', `<p>Both documents were updated this week by the department.</p>${twoSources}`)),
    );
    expect(turns[1]!.text).toContain('Both documents were updated this week');
    expect(turns[1]!.text).toContain('Reassessment.docx');
  });
});
