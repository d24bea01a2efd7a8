import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A list of sources closing an answer, under a caption that counts them ("2 fuentes", "1 source": set 11's Intercom
 * Fin page) rather than only naming them ("Fuentes:"). A small page written here, with a counter-case.
 */

const { turnsOf } = smallPageReader(new URL('https://help.example.test/chat/1'));

const prompt = (text: string) =>
  `<div class="m"><div class="b">${text}</div><button type="button" aria-label="Edit message">e</button></div>`;
const answer = (body: string, after: string) =>
  `<div class="m"><div class="c"><div class="md">${body}</div>${after}</div><button type="button" aria-label="Copy">c</button><button type="button" aria-label="Regenerate">r</button></div>`;
const sources = (caption: string) =>
  `<div class="src"><div class="h">${caption}</div><ul><li><a href="/help/import-rubric"><span>Import a rubric</span></a></li><li><a href="/help/gradebook"><span>Connect a task to the gradebook</span></a></li></ul></div>`;
const page = (caption: string) => `<main><div class="thread">
    ${prompt('How do I import my rubric?')}
    ${answer('<p>From the grading menu.</p><ol><li>Open Rubrics.</li><li>Press Import.</li></ol>', sources(caption))}
    ${prompt('And for one student only?')}
    ${answer('<p>Duplicate it.</p><ul><li>Assign the copy to the student.</li></ul>', '')}
  </div><form><textarea aria-label="Message"></textarea></form></main>`;

describe('a counted caption over an answer’s source links is the tool’s', () => {
  test('"2 fuentes" and "2 sources" and their links are left out, as they are and redesigned', () => {
    for (const caption of ['2 fuentes', '2 sources'])
      for (const redesigned of [false, true]) {
        expect(turnsOf(page(caption), redesigned)[1]).toEqual({
          role: 'assistant',
          text: 'From the grading menu.\n\n1. Open Rubrics.\n2. Press Import.',
        });
      }
  });

  test('counter-case: a sentence before the links is the answer’s own', () => {
    expect(turnsOf(page('Two guides explain it:'))[1]!.text).toContain('Connect a task to the gradebook');
  });
});
