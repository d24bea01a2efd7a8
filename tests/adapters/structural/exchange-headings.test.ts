import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * An answer engine's thread (Perplexica in held-out set 10): each exchange shows the question as a heading, then the
 * answer with a footer whose buttons stand in two groups of one row (Rewrite on the left, Copy and Read aloud on the
 * right). The two groups are one answer's bar, not two messages' (role-evidence.ts barOf), and, where the page marks
 * its answers by their buttons, a block that is one heading and nothing else is a title, not an answer's rendered
 * Markdown (isLoneHeading). A FAQ's question headings above a question box, with no buttons, stay refused
 * (exchange-threads.test.ts).
 */

const { turnsOf } = smallPageReader(new URL('https://helper.example.test/search/1'));

const footer = (split: boolean) =>
  split
    ? '<div class="foot"><div><button>Rewrite</button></div><div><button aria-label="Copy">c</button><button aria-label="Read aloud">r</button></div></div>'
    : '<div class="foot"><button>Rewrite</button><button aria-label="Copy">c</button><button aria-label="Read aloud">r</button></div>';

const exchange = (question: string, answer: string, split: boolean, heading: string) => `<div class="ex">
  <div class="q"><${heading}>${question}</${heading}></div>
  <div class="a"><div class="prose">${answer}</div>${footer(split)}</div></div>`;

const page = (split: boolean, heading = 'h2') => `<main><div class="thread">
  ${exchange('What does research say about retrieval practice for middle school students?', '<p>It improves long-term retention when quizzes are low stakes.</p><ul><li>Quiz often.</li><li>Space it out.</li></ul>', split, heading)}
  ${exchange('Give me three low-prep retrieval warm-ups for Monday', '<p>Three warm-ups that need no preparation:</p><ol><li>Brain dump.</li><li>Two truths.</li><li>Exit ticket.</li></ol>', split, heading)}
</div><textarea placeholder="Ask a follow-up"></textarea></main>`;

describe('questions shown as headings over answers with a two-group footer', () => {
  test.each([false, true])('each question is a prompt, each answer one turn (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(page(true), redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe('What does research say about retrieval practice for middle school students?');
    expect(turns[1]!.text).toBe(
      'It improves long-term retention when quizzes are low stakes.\n\n- Quiz often.\n- Space it out.',
    );
  });

  test("a footer in one group: the question, one heading and nothing else, is no answer's Markdown", () => {
    const turns = turnsOf(page(false));
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  test('counter-case: a heading over a section of an article with no buttons is still no prompt', () => {
    const article = `<main><article><h2>Retrieval practice</h2><p>It improves long-term retention when quizzes are low stakes.</p><ul><li>Quiz often.</li></ul>
      <h2>Warm-ups</h2><p>Three warm-ups that need no preparation.</p><ol><li>Brain dump.</li></ol></article></main>`;
    expect(() => turnsOf(article)).toThrow();
  });
});
