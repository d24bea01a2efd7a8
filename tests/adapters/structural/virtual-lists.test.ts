import { describe, expect, test } from 'vitest';
import { styleOffset } from '../../../lib/adapters/structural/reading-order';
import { isStamp } from '../../../lib/adapters/structural/page-chrome';
import { smallPageReader } from './small-page';

/**
 * A chat shown through a recycled virtual list (set 5's Teams page: rows placed by `translateY`, the newest pair
 * first in the DOM), prompts built as prompts whatever their text holds, and message headers carrying a name, a time
 * with an edit note and an AI badge: each on a small page written here, with a counter-case.
 */

const { turnsOf } = smallPageReader(new URL('https://chat.example.test/c/1'));

const composer = '<div class="composer"><div contenteditable="true" role="textbox"></div></div>';
const actions =
  '<div role="toolbar" aria-label="Message actions"><button aria-label="Copy">Copy</button><button aria-label="Like">👍</button><button aria-label="Dislike">👎</button></div>';
const mine = (time: string, body: string) =>
  `<div class="mine"><div class="bubble"><div class="head"><time>${time}</time></div><div class="body"><div>${body}</div></div></div></div>`;
const theirs = (time: string, body: string) =>
  `<div class="theirs"><div class="avatar"><span role="img" aria-label="Helper">✦</span></div><div class="bubble"><div class="head"><span>Helper</span><time>${time}</time><span>AI-generated content may be incorrect</span></div><div class="body"><div>${body}</div></div>${actions}</div></div>`;
const row = (y: number | undefined, message: string) =>
  `<div class="row"${y === undefined ? '' : ` style="position: absolute; transform: translateY(${y}px);"`}>${message}</div>`;

const messages = [
  mine(
    '9:52 AM',
    '<p>Turn these notes into a newsletter.</p><p>Notes:</p><ul><li>Concert Dec 17</li><li>Forms due Dec 10</li></ul>',
  ),
  theirs(
    '9:53 AM',
    '<p>Here is a draft.</p><ul><li>The concert is on December 17.</li><li>Forms are due December 10.</li></ul>',
  ),
  mine('9:56 AM', '<p>Shorter please, two sentences.</p>'),
  theirs('9:56 AM', '<p>Concert December 17. Forms due December 10.</p><ol><li>Reminder sent.</li></ol>'),
  mine('10:01 AM', '<p>Thanks. Add one exit question.</p>'),
  theirs('10:01 AM', '<p>What does a producer do?</p><ul><li>Think of plants.</li></ul>'),
];
const expected = [
  { role: 'user', text: 'Turn these notes into a newsletter.\n\nNotes:\n\n- Concert Dec 17\n- Forms due Dec 10' },
  { role: 'assistant', text: 'Here is a draft.\n\n- The concert is on December 17.\n- Forms are due December 10.' },
  { role: 'user', text: 'Shorter please, two sentences.' },
  { role: 'assistant', text: 'Concert December 17. Forms due December 10.\n\n1. Reminder sent.' },
  { role: 'user', text: 'Thanks. Add one exit question.' },
  { role: 'assistant', text: 'What does a producer do?\n\n- Think of plants.' },
];
const offsets = [40, 280, 840, 940, 1100, 1190];
const page = (rows: string) =>
  `<main><div role="log" aria-label="Chat"><div class="runway" style="height: 1400px;">${rows}</div></div>${composer}</main>`;

describe('a recycled virtual list: rows are read by the offsets that place them', () => {
  // The newest pair first in the DOM, then the older rows: a list that reused its rows as the teacher scrolled.
  const recycled = page([4, 5, 0, 1, 2, 3].map((i) => row(offsets[i], messages[i]!)).join(''));

  test('the six messages in reading order, each its own turn, roles right', () => {
    expect(turnsOf(recycled)).toEqual(expected);
  });

  test('redesigned too (inline styles are kept by a redesign)', () => {
    expect(turnsOf(recycled, true)).toEqual(expected);
  });

  test('counter-case: rows with no offsets are read in document order, as they are shown', () => {
    const unplaced = page([4, 5, 0, 1, 2, 3].map((i) => row(undefined, messages[i]!)).join(''));
    expect(turnsOf(unplaced).map((turn) => turn.text.slice(0, 12))).toEqual(
      [4, 5, 0, 1, 2, 3].map((i) => expected[i]!.text.slice(0, 12)),
    );
  });

  test('offsets read from translateY, translate3d and top; none from other styles', () => {
    const el = (style: string) => {
      const div = document.createElement('div');
      div.setAttribute('style', style);
      return div;
    };
    expect(styleOffset(el('transform: translateY(1096px);'))).toBe(1096);
    expect(styleOffset(el('transform: translate3d(0px, 52.5px, 0px)'))).toBe(52.5);
    expect(styleOffset(el('position: absolute; top: 120px; left: 0'))).toBe(120);
    expect(styleOffset(el('padding-top: 12px; margin-top: 4px'))).toBeUndefined();
    expect(styleOffset(el('transform: translateX(40px)'))).toBeUndefined();
  });
});

describe("a prompt holding a pasted list is a prompt: it is built as the page's prompts are", () => {
  const inOrder = page(messages.map((message, i) => row(offsets[i], message)).join(''));

  test('the pasted notes are the first prompt, not an answer before the first prompt', () => {
    expect(turnsOf(inOrder)[0]).toEqual(expected[0]);
    expect(turnsOf(inOrder, true)).toEqual(expected);
  });

  test('counter-case: with no answer the page marks (no buttons, no badge), rendered text still reads as an answer', () => {
    const bare = (body: string) => `<div class="m"><div class="body">${body}</div></div>`;
    const unmarked = `<main><div class="log">${[
      bare('<p>Make a list of three volcanoes for my class.</p>'),
      bare('<p>Here they are.</p><ul><li>Etna</li><li>Fuji</li><li>Vesuvius</li></ul>'),
      bare('<p>Now three rivers, please.</p>'),
      bare('<p>Here they are.</p><ul><li>Nile</li><li>Amazon</li><li>Danube</li></ul>'),
    ].join('')}</div><textarea aria-label="Message"></textarea></main>`;
    expect(turnsOf(unmarked, true).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });
});

describe("a message header's name, time with an edit note and AI badge are the tool's", () => {
  test('a time with an edit note, apart or run together, is a stamp; a sentence about editing is not', () => {
    expect(isStamp('9:52 AMEdited')).toBe(true);
    expect(isStamp('9:52 AM · Edited')).toBe(true);
    expect(isStamp('Edited 10:42')).toBe(true);
    expect(isStamp('I edited it at 9:52')).toBe(false);
  });

  test('counter-case: an answer opening with its own sentence about AI-made content keeps it (it is not repeated)', () => {
    const once = page(
      [
        mine('9:52 AM', '<p>Is this picture real?</p>'),
        theirs('9:53 AM', '<p>It looks real.</p><ul><li>Check the hands.</li></ul>').replace(
          '<span>AI-generated content may be incorrect</span>',
          '',
        ),
        mine('9:56 AM', '<p>And this one?</p>'),
        theirs(
          '9:56 AM',
          '<p>AI-generated images can be wrong in small ways.</p><ul><li>Look at the text.</li></ul>',
        ).replace('<span>AI-generated content may be incorrect</span>', ''),
      ].join(''),
    );
    expect(turnsOf(once)[3]!.text).toBe('AI-generated images can be wrong in small ways.\n\n- Look at the text.');
  });
});
