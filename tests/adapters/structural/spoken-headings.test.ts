import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A screen-reader heading naming the writer over each message ("You said: …", Claude 2026-07 and later): chrome, and
 * evidence of the role once the markup hiding it is renamed. It may stop the prompt's first clause with a full stop
 * where the prompt goes on with a colon (Claude's artifact pages, redesigned).
 */

const url = new URL('https://assistant.example.test/chat/7');
const { turnsOf } = smallPageReader(url);

const heading = (text: string) => `<h2 class="sr-only">${text}</h2>`;
const prompt = (spoken: string, body: string) =>
  `<div class="row">${heading(spoken)}<div class="b"><p>${body}</p></div></div>`;
const answer = (body: string) =>
  `<div class="row">${heading('Claude responded: a plan')}<div class="md">${body}</div><button type="button" aria-label="Copy">c</button><button type="button" aria-label="Retry">r</button></div>`;
const page = (spoken: string, body: string) =>
  `<main><div class="thread">${
    prompt(spoken, body) +
    answer('<p>Here is a timeline.</p><ol><li>Week 1: choose a question.</li><li>Week 2: test it.</li></ol>') +
    prompt('You said: Thanks!', 'Thanks!') +
    answer('<p>Good luck with the fair.</p><ul><li>Send the checklist home.</li></ul>')
  }</div><div contenteditable="true" aria-label="Write your prompt"></div></main>`;

describe('a spoken heading repeating the prompt’s start is chrome', () => {
  const body = 'Plan the science fair for my grade 5 class: a timeline for students and a checklist for judges.';

  test('even when it stops the first clause with a full stop, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(page('You said: Plan the science fair for my grade 5 class.', body), redesigned)[0]).toEqual({
        role: 'user',
        text: body,
      });
    }
  });

  test('counter-case: a typed "You said:" line repeating nothing of the prompt stays, redesigned', () => {
    expect(turnsOf(page('You said: the fair is on Friday.', body), true)[0]!.text).toContain('the fair is on Friday');
  });
});
