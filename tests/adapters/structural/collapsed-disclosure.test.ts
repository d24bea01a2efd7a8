import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A row before an answer's body holding only a closed disclosure ("Reasoning (2 steps)" ▸, Flowise in held-out set
 * 6): its <summary> is a toggle, so the row is the tool's preamble (answer-preamble.ts), not the answer's words.
 */

const { turnsOf } = smallPageReader(new URL('https://helper.example.test/chat'));

const page = (answerBody: string) => `<main><div class="log">
  <div class="row me"><span class="bubble">Suggest two supports for English learners in a unit-rate lesson.</span></div>
  <div class="row bot"><div class="pre"><details class="r"><summary>Reasoning (2 steps)</summary></details></div>
    <div class="bubble">${answerBody}</div><button aria-label="Copy">c</button></div>
  <div class="row me"><span class="bubble">Thanks, and one extension task?</span></div>
  <div class="row bot"><div class="bubble"><p>Compare two cereal boxes with a coupon.</p><ul><li>Find each unit price.</li><li>Decide the better buy.</li></ul></div><button aria-label="Copy">c</button></div>
</div><textarea aria-label="Message"></textarea></main>`;

describe('a closed disclosure before an answer is its preamble', () => {
  test.each([false, true])('"Reasoning (2 steps)" is left out of the answer (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(
      page('<p>Two supports that help most:</p><ul><li>Sentence frames.</li><li>Picture flyers.</li></ul>'),
      redesigned,
    );
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toBe('Two supports that help most:\n\n- Sentence frames.\n- Picture flyers.');
  });

  test("counter-case: a disclosure inside the answer's body, after its prose, stays in the answer", () => {
    const turns = turnsOf(
      page(
        '<p>Two supports that help most:</p><ul><li>Sentence frames.</li><li>Picture flyers.</li></ul><details><summary>Why these two</summary><p>Both lower the reading load.</p></details>',
      ),
    );
    expect(turns[1]!.text).toContain('Why these two');
  });
});

/**
 * A closed <details> before an answer's body holding the model's thinking in paragraphs (Hollama's "Reasoning" in
 * held-out set 7): a person sees only its summary, so neither the summary nor the hidden thinking is the answer's.
 */
describe("a closed disclosure's hidden thinking before an answer is left out", () => {
  const thinking = (open: boolean) =>
    `<details${open ? ' open' : ''}><summary><svg></svg>Reasoning</summary><div><p>The user wants two supports. Frames first, then flyers with pictures.</p></div></details>`;
  const bodyOf = (lead: string) =>
    `${lead}<div><p>Two supports that help most:</p><ul><li>Sentence frames.</li><li>Picture flyers.</li></ul></div>`;
  const hollamaLike = (lead: string) => `<main><div role="log">
  <article><nav><p>You</p><button aria-label="Copy">c</button></nav><div><p>Suggest two supports for English learners in a unit-rate lesson.</p></div></article>
  <article><nav><p>Assistant</p><button aria-label="Copy">c</button></nav><div>${bodyOf(lead)}</div></article>
  <article><nav><p>You</p><button aria-label="Copy">c</button></nav><div><p>Thanks, and one extension task?</p></div></article>
  <article><nav><p>Assistant</p><button aria-label="Copy">c</button></nav><div><p>Compare two cereal boxes with a coupon.</p><ul><li>Find each unit price.</li></ul></div></article>
</div><textarea aria-label="Prompt"></textarea></main>`;

  test.each([false, true])('the closed "Reasoning" and its paragraphs are not read (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(hollamaLike(thinking(false)), redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toBe('Two supports that help most:\n\n- Sentence frames.\n- Picture flyers.');
  });

  test('counter-case: an open disclosure before the answer shows its paragraphs, which stay in the answer', () => {
    const turns = turnsOf(hollamaLike(thinking(true)));
    expect(turns[1]!.text).toContain('The user wants two supports.');
    expect(turns[1]!.text).toContain('Sentence frames.');
  });

  test('counter-case: a closed disclosure whose summary is a sentence is not passed over as a toggle', () => {
    const sentence =
      '<details><summary>Both supports below lower the reading load of the unit-rate task for every English learner in the class.</summary><div><p>Sources: district ELL guide.</p></div></details>';
    const turns = turnsOf(hollamaLike(sentence));
    expect(turns[1]!.text).toContain('Both supports below lower the reading load');
  });
});
