import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A code block's header (its language and Copy) written with the markup's indentation between its parts (set 8's Deep
 * Chat): the indentation is no text beside the code, so the header is still read as the block's own and its label
 * as the fence's language. Small pages written here, with a counter-case.
 */

const url = new URL('https://curriculum.example.test/unit/3');
const { turnsOf } = smallPageReader(url);

const prompt = (text: string) => `<div class="msg"><p>${text}</p><button>Edit</button></div>`;
const answer = (body: string) => `<div class="msg"><div class="body">${body}</div><button>Regenerate</button></div>`;
const indentedCode = `
                      <div class="code-block">
                        <div class="code-header"><span>excel</span><button type="button">Copy</button></div>
                        <pre><code>=ROUND(B2/4*100, 0)</code></pre>
                      </div>
`;
const page = (code: string) =>
  `<main><div class="log">${
    prompt('What formula turns a score out of 4 into a percentage?') +
    answer(`<p>Type this in C2:</p>${code}<p>Then drag it down the column.</p>`) +
    prompt('Thanks, and for a score out of 5?') +
    answer('<p>Divide by 5 instead.</p><p>Everything else stays the same.</p>')
  }</div><textarea aria-label="Message"></textarea></main>`;

describe('an indented code header is the code block’s', () => {
  test('its language label is not answer text, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(page(indentedCode), redesigned)[1]!.text).toBe(
        'Type this in C2:\n\n=ROUND(B2/4*100, 0)\n\nThen drag it down the column.',
      );
    }
  });

  test('counter-case: a sentence beside the code and its button stays the answer’s', () => {
    const sentence = `<div class="snippet"><p>This formula rounds the share of points to a whole percent for each pupil in the list.</p><button>Copy</button><pre><code>=ROUND(B2/4*100, 0)</code></pre></div>`;
    expect(turnsOf(page(sentence))[1]!.text).toContain('rounds the share of points to a whole percent');
  });
});
