import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * One sender's bubbles grouped under its name (set 5's Botpress webchat once redesigned: the bot greets first, and a
 * turn is a sentence, a list and a link line in three bubbles): one turn, not a prompt and its answer. Written here
 * with no role words in the markup, as a redesign leaves it.
 */

const { turnsOf } = smallPageReader(new URL('https://portal.example.test/trips/'));

const bubble = (content: string) => `<div class="b"><div class="bc"><div class="bt">${content}</div></div></div>`;
const bot = (...bubbles: string[]) =>
  `<div class="row"><div class="av"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div><div class="mc"><div class="name">Lola</div><div class="group">${bubbles.map(bubble).join('')}</div><span class="ts">10:13</span></div></div>`;
const teacher = (text: string) =>
  `<div class="row mine"><div class="mc"><div class="group">${bubble(`<p>${text}</p>`)}</div><span class="ts">10:14</span></div></div>`;
const page = (rows: string) =>
  `<main><h1>Field trips</h1><p>Plan your trip with the form below.</p></main><div class="widget"><div class="list" role="log"><div class="date">today at 10:12</div>${rows}</div><div class="composer"><textarea aria-label="Message"></textarea></div></div>`;

describe("a bot's bubbles grouped under its name are one turn", () => {
  const chat = page(
    [
      bot(
        '<p>Hi! I am Lola, the portal assistant.</p>',
        '<p>I can help with trips, duties and forms. What do you need?</p>',
      ),
      teacher('I want to take my class to the science museum. What are the steps?'),
      bot(
        '<p>For a trip in town, follow these steps:</p>',
        '<ol><li>Propose it to your team three weeks ahead.</li><li>Send the permission letter to families.</li></ol>',
        '<p>The form is in Documents.</p>',
      ),
      teacher('How many adults must come along with 24 pupils?'),
      bot(
        '<p>One adult for every 12 pupils, at least two.</p>',
        '<p>Ask the counsellor if a pupil needs extra support.</p>',
      ),
    ].join(''),
  );
  const expected = [
    {
      role: 'assistant',
      text: 'Hi! I am Lola, the portal assistant.\n\nI can help with trips, duties and forms. What do you need?',
    },
    { role: 'user', text: 'I want to take my class to the science museum. What are the steps?' },
    {
      role: 'assistant',
      text: 'For a trip in town, follow these steps:\n\n1. Propose it to your team three weeks ahead.\n2. Send the permission letter to families.\n\nThe form is in Documents.',
    },
    { role: 'user', text: 'How many adults must come along with 24 pupils?' },
    {
      role: 'assistant',
      text: 'One adult for every 12 pupils, at least two.\n\nAsk the counsellor if a pupil needs extra support.',
    },
  ];

  test('greeting first, each group one turn, the name and times left out', () => {
    expect(turnsOf(chat)).toEqual(expected);
    expect(turnsOf(chat, true)).toEqual(expected);
  });

  test('counter-case: a prompt and its answer in one wrapper are still two turns (prompts differ, no name repeats)', () => {
    const exchange = (prompt: string, answer: string) =>
      `<div class="ex"><div class="q">${prompt}</div><div class="a">${answer}</div></div>`;
    const pairs = `<main><div class="thread">${[
      exchange('Give me two rivers in Spain.', '<p>Here are two.</p><ul><li>Ebro</li><li>Tajo</li></ul>'),
      exchange('Now two in France.', '<p>Here are two.</p><ul><li>Loire</li><li>Seine</li></ul>'),
    ].join('')}</div><textarea aria-label="Message"></textarea></main>`;
    expect(turnsOf(pairs, true)).toEqual([
      { role: 'user', text: 'Give me two rivers in Spain.' },
      { role: 'assistant', text: 'Here are two.\n\n- Ebro\n- Tajo' },
      { role: 'user', text: 'Now two in France.' },
      { role: 'assistant', text: 'Here are two.\n\n- Loire\n- Seine' },
    ]);
  });
});
