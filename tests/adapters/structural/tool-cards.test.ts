import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A card under an answer for something the tool made in its app ("Quiz · Draft" over its title and subject, with Open
 * and Assign buttons: SchoolAI's Space card in held-out set 10) is the tool's, not the answer's words (tool-cards.ts).
 */

const { turnsOf } = smallPageReader(new URL('https://helper.example.test/chat'));

const page = (after: string) => `<main><div class="log">
  <div class="row me"><p>Make a short practice quiz on unit rates for my sixth graders.</p><button aria-label="Edit">e</button></div>
  <div class="row bot"><div class="body"><p>Done! I made the quiz «Unit rates check». Here is what it covers:</p>
    <ul><li>Finding the price of one item.</li><li>Comparing two offers.</li></ul></div>
    ${after}<div role="toolbar"><button aria-label="Copy">c</button><button aria-label="Regenerate">r</button></div></div>
  <div class="row me"><p>Thanks, that works for Friday.</p><button aria-label="Edit">e</button></div>
  <div class="row bot"><div class="body"><p>Great. You can assign it from the quiz page whenever you are ready.</p><ul><li>It takes ten minutes.</li></ul></div>
    <div role="toolbar"><button aria-label="Copy">c</button><button aria-label="Regenerate">r</button></div></div>
</div><textarea aria-label="Message"></textarea></main>`;

const card = `<div class="card"><img alt="" src="data:,"><div class="lines"><span>Quiz · Draft</span><strong>Unit rates check</strong>
  <span>Math · Grade 6 · 8 questions</span></div><button type="button">Open</button><button type="button">Assign</button></div>`;

const answer =
  'Done! I made the quiz «Unit rates check». Here is what it covers:\n\n- Finding the price of one item.\n- Comparing two offers.';

describe("a card for the tool's own object under an answer is the tool's", () => {
  test.each([false, true])('"Quiz · Draft" and its lines are left out of the answer (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(page(card), redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toBe(answer);
  });

  test('counter-case: a line of the answer holding a separator, with no buttons of its own, stays', () => {
    const turns = turnsOf(page('<div class="note"><p>Math · Grade 6</p><p>Unit rates, lesson 4</p></div>'));
    expect(turns[1]!.text).toContain('Math · Grade 6');
    expect(turns[1]!.text).toContain('Unit rates, lesson 4');
  });
});
