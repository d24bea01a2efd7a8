import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * Bubbles made focusable (focusable-message.ts): `role="button"` on each message, its `aria-label` repeating the
 * start of its text after a sender lead. Read as controls, the whole thread was chrome (Gradio's chatbot, held-out
 * set 6).
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://quiz.example.test/'));

const bubble = (who: string, label: string, body: string) =>
  `<div class="row ${who}-row"><div class="msg ${who}" role="button" tabindex="0" aria-label="${who}'s message: ${label}">${body}</div>
   <div class="tools"><button aria-label="Copy message">c</button></div></div>`;

const thread = `<main><div role="log" class="wrap">
  ${bubble('user', 'Write three questions about', '<p>Write three questions about the water cycle for grade 5.</p><p>Keep them short.</p>')}
  ${bubble('bot', 'Here are three questions.', '<p>Here are three questions, short as asked.</p><ol><li>What is evaporation?</li><li>What makes clouds?</li><li>Name a form of precipitation.</li></ol>')}
  ${bubble('user', 'Add an answer key', '<p>Add an answer key at the end, please.</p>')}
  ${bubble('bot', 'Answer key: Water turning', '<p>Answer key:</p><ol><li>Water turning into vapor.</li><li>Condensation.</li><li>Rain.</li></ol>')}
</div><textarea aria-label="Message"></textarea><button>Submit</button></main>`;

describe('messages made focusable: role="button" bubbles whose label repeats their text', () => {
  test('each bubble is read as a message, its label not repeated in the text', () => {
    const turns = turnsOf(thread);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe('Write three questions about the water cycle for grade 5.\n\nKeep them short.');
    expect(turns[3]!.text).toContain('Answer key:');
    expect(turns.map((turn) => turn.text).join(' ')).not.toContain('message:');
  });

  test('redesigned (attribute values kept, names renamed), the same turns are read', () => {
    expect(turnsOf(thread, true).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  test('counter-case: starter cards (role="button", labelled with their own whole text) stay controls', () => {
    const card = (title: string) =>
      `<div class="card" role="button" tabindex="0" aria-label="${title}"><p>${title}</p></div>`;
    const page = `<main><h1>Quiz Builder</h1><div class="starters">${card('Write a quiz on fractions for grade 4')}
      ${card('Plan a lab on density for grade 8')}${card('Summarise the causes of the First World War')}</div>
      <textarea aria-label="Message"></textarea></main>`;
    expect(refuses(page)).toBe(true);
  });

  test('counter-case: a control whose label names its action, not its text, stays a control', () => {
    const page = thread.replace(
      '</div><textarea',
      `<div class="promo" role="button" tabindex="0" aria-label="Open the teacher guide in a new tab"><p>Teacher guide</p><p>Everything about quizzes, in twelve pages.</p></div></div><textarea`,
    );
    expect(
      turnsOf(page)
        .map((turn) => turn.text)
        .join(' '),
    ).not.toContain('Teacher guide');
  });
});
