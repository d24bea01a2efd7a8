import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A chat whose rows carry only hashed classes and inline styles (set 11's self-hosted Svelte chat): one flat list of
 * rows, each block of a turn its own row, the teacher's rows pushed to the end of the line and the model's at its
 * start, a centred notice between turns. Small pages written here, with counter-cases.
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://chat.example.test/c/1'));

const row = (style: string, body: string) =>
  `<div class="x1" style="display:flex;${style}"><div class="x2"><div class="x3">${body}</div></div></div>`;
const mine = (body: string) => row('justify-content:flex-end;margin-left:auto', body);
const theirs = (body: string) => row('justify-content:flex-start', body);
const notice = (text: string) => `<div class="x4" style="text-align:center;font-size:11px"><span>${text}</span></div>`;
const page = (rows: string) =>
  `<div class="app"><div class="x0">${rows}</div><div class="x5"><textarea aria-label="Message"></textarea></div></div>`;

const chat = page(
  mine('<p>What is a quick warm-up for adding fractions?</p>') +
    theirs('<p>Start from one worked example on the board.</p>') +
    theirs('<ol><li>1/2 + 1/3</li><li>2/5 + 1/4</li></ol>') +
    theirs('<p>The last one starts a good discussion.</p>') +
    notice('Conversation restarted · model reloaded') +
    mine('<p>Give the answers too.</p>') +
    theirs('<p>Here they are.</p>') +
    theirs('<ol><li>5/6</li><li>13/20</li></ol>'),
);

describe('rows laid out by sides: the end of the line is the teacher’s, a centred row the tool’s', () => {
  test('each turn’s rows are one turn, with its role, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(chat, redesigned)).toEqual([
        { role: 'user', text: 'What is a quick warm-up for adding fractions?' },
        {
          role: 'assistant',
          text: 'Start from one worked example on the board.\n\n1. 1/2 + 1/3\n2. 2/5 + 1/4\n\nThe last one starts a good discussion.',
        },
        { role: 'user', text: 'Give the answers too.' },
        { role: 'assistant', text: 'Here they are.\n\n1. 5/6\n2. 13/20' },
      ]);
    }
  });

  test('counter-case: on a right-to-left page the sides say nothing (nothing else marks a role here)', () => {
    expect(refuses(`<div dir="rtl">${chat}</div>`)).toBe(true);
  });

  test('counter-case: where the rows are not laid out by sides, a centred row is an answer’s words', () => {
    const prompt = (text: string) => `<div class="m"><p>${text}</p><button aria-label="Edit message">e</button></div>`;
    const answer = (body: string) =>
      `<div class="m">${body}<button aria-label="Copy">c</button><button aria-label="Regenerate">r</button></div>`;
    const marked = page(
      prompt('What is a quick warm-up for adding fractions?') +
        answer('<p>Start from one worked example.</p><p style="text-align:center">1/2 + 1/3 = 5/6</p>') +
        prompt('Give the answers too.') +
        answer('<p>Here they are.</p><ol><li>5/6</li></ol>'),
    );
    expect(turnsOf(marked)[1]).toEqual({
      role: 'assistant',
      text: 'Start from one worked example.\n\n1/2 + 1/3 = 5/6',
    });
  });
});
