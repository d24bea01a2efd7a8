import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A bot builder's page (set 8's Typebot): the bot speaks first, and the thread is cut into chunks that each hold the
 * bot's row (an avatar, then one to three bubbles) and the visitor's answer (a button's label or a typed line), with
 * no composer on the page and no role named anywhere. Small pages written here, with counter-cases.
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://bots.example.test/warmup-ideas'));

const botRow = (bubbles: string[]) =>
  `<div class="row host"><figure class="pic"><img alt="" src="data:,"></figure><div class="col">${bubbles
    .map(
      (text) =>
        `<div class="bubble"><div class="typing" aria-hidden="true"><span></span></div><div>${text}</div></div>`,
    )
    .join('')}</div></div>`;
const visitorRow = (text: string) => `<div class="row guest"><span class="line">${text}</span></div>`;
const chunk = (rows: string) => `<div class="chunk">${rows}</div>`;
const bot = (chunks: string) =>
  `<div class="bot"><div class="view" role="log">${chunks}</div><a href="https://bots.example.test/">Made with a bot builder</a></div>`;
const page = bot(
  chunk(
    botRow([
      'Hi there! I make quick warm-ups for the first five minutes of class.',
      'First, which grades do you teach?',
    ]) + visitorRow('Grades 6–8'),
  ) +
    chunk(botRow(['Nice.', 'What is tomorrow’s lesson about?']) + visitorRow('Ratios and rates.')) +
    chunk(botRow(['Here is your warm-up: Snack Bag Ratios.', 'Partners write the ratio of pretzels to crackers.'])) +
    chunk('<div class="choices"><button>Make another one</button><button>Start over</button></div>'),
);

describe('a thread of chunks, each the bot’s row and the visitor’s answer', () => {
  test('each row is a turn, the bot’s first (as they are and redesigned)', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(page, redesigned)).toEqual([
        {
          role: 'assistant',
          text: 'Hi there! I make quick warm-ups for the first five minutes of class.\n\nFirst, which grades do you teach?',
        },
        { role: 'user', text: 'Grades 6–8' },
        { role: 'assistant', text: 'Nice.\n\nWhat is tomorrow’s lesson about?' },
        { role: 'user', text: 'Ratios and rates.' },
        {
          role: 'assistant',
          text: 'Here is your warm-up: Snack Bag Ratios.\n\nPartners write the ratio of pretzels to crackers.',
        },
      ]);
    }
  });

  test('counter-case: comments under an article, each a header with an avatar over its text, are no conversation', () => {
    const comment = (name: string, text: string) =>
      `<div class="comment"><div class="head"><img alt="" src="data:,"><span>${name}</span> <span>2 days ago</span></div><div class="body"><p>${text}</p></div></div>`;
    const article = `<main><article><h1>Ratios in grade 6</h1><p>Ratios compare two quantities; this post collects three warm-ups that worked in my classes this year.</p>
      <p>Each takes five minutes and needs nothing but a picture of a snack bag.</p></article>
      <section class="comments"><div class="list">${
        comment('Ana Ruiz', 'Thanks, I used the snack bag one today and it worked well with my group.') +
        comment('Ben Cole', 'Could you share the pictures you used?') +
        comment('Chris Dunn', 'We did the same with fruit bowls, pupils loved it.')
      }</div><textarea aria-label="Write a comment"></textarea><button>Post</button></section></main>`;
    for (const redesigned of [false, true]) expect(refuses(article, redesigned)).toBe(true);
  });
});
