import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * An answer whose header names the model is read as parts (header, body, footer: set 11's Kagi page); its footer of
 * buttons and a statistics line ("4.1s · 618 tokens") is then a part of its own, whose only text is the measures.
 * A small page written here, with a counter-case.
 */

const { turnsOf } = smallPageReader(new URL('https://assistant.example.test/chat/1'));

const prompt = (text: string) =>
  `<div class="msg" data-author="user"><div class="meta"><button title="Edit message">E</button></div><div class="content"><p>${text}</p></div></div>`;
const answer = (body: string, stats: string) =>
  `<div class="msg" data-author="assistant"><div class="meta"><span class="model">Balanced</span><span>Academic lens</span></div>` +
  `<div class="content">${body}</div><div class="footer"><button title="Copy">C</button><button title="Regenerate">R</button><span class="stats">${stats}</span></div></div>`;
const page = (rows: string) =>
  `<main><div class="thread" role="log"><div class="msgs">${rows}</div></div><textarea aria-label="Message"></textarea></main>`;

describe('an answer’s statistics row read as a part of its own is the tool’s', () => {
  const chat = page(
    prompt('Build me a rubric for a lab report on reaction rates.') +
      answer('<p>Here is a rubric.</p><ul><li>Hypothesis</li><li>Data analysis</li></ul>', '4.1s · 618 tokens') +
      prompt('Weight the criteria: data analysis counts double.') +
      answer('<p>Multiply each score by its weight.</p><ol><li>Add the products.</li></ol>', '2.3s · 301 tokens'),
  );

  test('the measures are left out, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(chat, redesigned);
      expect(turns).toHaveLength(4);
      expect(turns[1]).toEqual({ role: 'assistant', text: 'Here is a rubric.\n\n- Hypothesis\n- Data analysis' });
      expect(turns[3]).toEqual({
        role: 'assistant',
        text: 'Multiply each score by its weight.\n\n1. Add the products.',
      });
    }
  });

  test('counter-case: a prompt of measures after an answer stays the teacher’s', () => {
    const measures = page(
      prompt('Build me a rubric for a lab report on reaction rates.') +
        answer('<p>Here is a rubric.</p><ul><li>Hypothesis</li><li>Data analysis</li></ul>', '4.1s · 618 tokens') +
        prompt('12 trials · 3 groups') +
        answer('<p>Then each group runs four trials.</p><ol><li>Record each time.</li></ol>', '2.3s · 301 tokens'),
    );
    expect(turnsOf(measures)[2]).toEqual({ role: 'user', text: '12 trials · 3 groups' });
  });
});
