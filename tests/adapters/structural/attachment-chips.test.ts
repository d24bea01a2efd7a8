import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * Files attached to a prompt, shown as chips beside its words (set 11's GitHub Copilot and Intercom pages): a list the
 * page labels as the attachments, or a link whose text is the file's name and size. What was sent, not what was said.
 * Small pages written here, each with a counter-case.
 */

const { turnsOf } = smallPageReader(new URL('https://help.example.test/chat/1'));

const prompt = (body: string) =>
  `<div class="m"><div class="b">${body}</div><button type="button" aria-label="Edit message">e</button></div>`;
const answer = (body: string) =>
  `<div class="m"><div class="md">${body}</div><button type="button" aria-label="Regenerate">r</button><button type="button" aria-label="Copy">c</button></div>`;
const page = (rows: string) =>
  `<main><div class="thread">${rows}</div><form><textarea aria-label="Message"></textarea></form></main>`;
const secondExchange =
  prompt('<p>And for the second term?</p>') +
  answer('<p>Use the same steps.</p><ol><li>Open the term.</li><li>Import the file.</li></ol>');

describe('a list labelled as a prompt’s attachments is left out', () => {
  const chat = (label: string) =>
    page(
      prompt(
        `<ul aria-label="${label}"><li><span>gradebook-tools</span><span class="sr-only">repository</span></li><li><span>export_grades.py</span></li></ul>` +
          '<p>Add a late penalty of 10% per day.</p>',
      ) +
        answer('<p>Here is a helper.</p><ul><li>It caps the penalty at 50%.</li></ul>') +
        secondExchange,
    );

  test('as they are and redesigned (the label is ARIA, kept by a redesign)', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(chat('Attachments'), redesigned)[0]).toEqual({
        role: 'user',
        text: 'Add a late penalty of 10% per day.',
      });
    }
  });

  test('counter-case: a list the teacher wrote, labelled otherwise, keeps its items', () => {
    expect(turnsOf(chat('Steps'))[0]!.text).toContain('export_grades.py');
  });
});

describe('a link standing for an attached file (its name and size) is left out', () => {
  const chip =
    '<div class="att"><a href="#f" aria-label="Open rubric.pdf"><span>rubric.pdf</span><span>184 KB</span></a></div>';
  test('as they are and redesigned', () => {
    const chat = page(
      prompt(`<p>Here is my rubric. How do I upload it?</p>${chip}`) +
        answer('<p>Import it from the grading menu.</p><ol><li>Open Rubrics.</li><li>Press Import.</li></ol>') +
        secondExchange,
    );
    for (const redesigned of [false, true]) {
      expect(turnsOf(chat, redesigned)[0]).toEqual({ role: 'user', text: 'Here is my rubric. How do I upload it?' });
    }
  });

  test('counter-case: a link to a file in the answer’s own list item keeps its words', () => {
    const chat = page(
      prompt('<p>Where is the template?</p>') +
        answer(
          '<p>Two files:</p><ul><li><a href="https://example.org/t.pdf">template.pdf 184 KB</a></li><li>Notes</li></ul>',
        ) +
        secondExchange,
    );
    expect(turnsOf(chat)[1]!.text).toContain('template.pdf 184 KB');
  });
});
