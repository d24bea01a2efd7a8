import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * Three shapes blind set 13 showed (its first sight: 50/56 as they are): a prompt sent with a file, whose card sits
 * above its Markdown; a strip of source cards named "Sources" for screen readers between a question and its answer;
 * a code header standing as the <pre>'s sibling among the answer's paragraphs. Small pages written here, each with a
 * counter-case, as they are and redesigned.
 */

const url = new URL('https://chat.example.test/c/42');
const { turnsOf } = smallPageReader(url);

const prompt = (body: string) =>
  `<div class="m"><div class="b">${body}</div><button type="button" aria-label="Edit message">e</button></div>`;
const answer = (body: string) =>
  `<div class="m"><div class="md">${body}</div><button type="button" aria-label="Regenerate">r</button><button type="button" aria-label="Copy">c</button></div>`;
const page = (rows: string) =>
  `<main><div class="thread">${rows}</div><form><textarea aria-label="Message"></textarea></form></main>`;
const secondExchange =
  prompt('<p>And for the second lesson?</p>') + answer('<p>Repeat the hook.</p><ul><li>Then the lab.</li></ul>');

describe('a file card above a prompt’s Markdown is the file sent, not the prompt', () => {
  const card = (name: string) => `<div class="att"><div class="thumb">PDF</div><div class="name">${name}</div></div>`;
  const chat = (top: string) =>
    page(
      prompt(
        `${top}<div class="content"><p>Plan a lesson on density:</p><ul><li>28 students</li><li>one lab</li></ul></div>`,
      ) +
        answer('<p>Here is a plan.</p><ol><li>Hook</li><li>Lab</li></ol>') +
        secondExchange,
    );

  test('the prompt is read whole, without the card, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(chat(card('density-lab-sheet.pdf')), redesigned);
      expect(turns[0]).toEqual({ role: 'user', text: 'Plan a lesson on density:\n\n- 28 students\n- one lab' });
      expect(turns).toHaveLength(4);
    }
  });

  test('counter-case: a line of the teacher’s own above the list stays', () => {
    const turns = turnsOf(chat('<div class="lead">Please read this carefully first</div>'));
    expect(turns[0]!.text).toContain('Please read this carefully first');
  });
});

describe('a strip of source cards named "Sources" is chrome', () => {
  const strip = (label: string) =>
    `<div role="list" aria-label="${label}"><div role="listitem"><div>history.example.org</div><div>Teaching source analysis: a routine</div></div><div role="listitem"><div>archive.example.org</div><div>Using context in source work</div></div></div>`;
  const chat = (label: string) =>
    page(
      prompt('<p>How do I teach source analysis?</p>') +
        answer(`${strip(label)}<p>Teach one routine.</p><ol><li>Content</li><li>Provenance</li></ol>`) +
        secondExchange,
    );

  test('the answer keeps only its words, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(chat('Sources'), redesigned)[1]!.text).toBe('Teach one routine.\n\n1. Content\n2. Provenance');
      expect(turnsOf(chat('Fuentes (2)'), redesigned)[1]!.text).toBe('Teach one routine.\n\n1. Content\n2. Provenance');
    }
  });

  test('counter-case: a list named otherwise is the answer’s', () => {
    expect(turnsOf(chat('Reading list'))[1]!.text).toContain('Using context in source work');
  });
});

describe('a code header beside its <pre> among the answer’s paragraphs is the tool’s row', () => {
  const header = (label: string) =>
    `<div class="code-header"><span>${label}</span><button type="button"><span class="sr-only">Copy</span></button></div>`;
  const chat = (label: string) =>
    page(
      prompt('<p>Give me a regex for paragraphs with no quotes.</p>') +
        answer(
          `<p>Split on blank lines:</p>${header(label)}<pre><code>text.split(/\\n\\s*\\n/)</code></pre><p>Then filter.</p>`,
        ) +
        secondExchange,
    );

  test('its label and button are not answer text, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(chat('javascript'), redesigned)[1]!.text).toBe(
        'Split on blank lines:\n\ntext.split(/\\n\\s*\\n/)\n\nThen filter.',
      );
    }
  });

  test('counter-case: a sentence with a button before the code stays the answer’s', () => {
    const sentence = 'This splits the whole class export into its paragraphs';
    expect(turnsOf(chat(sentence))[1]!.text).toContain(sentence);
  });
});
