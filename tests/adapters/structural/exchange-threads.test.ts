import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * Threads whose prompts carry no role mark beside answers that do, or whose exchanges hold a prompt over its answer's
 * card (issue 8, blind set 9's failures): each on a small page written here, with a counter-case that must not fire.
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://tutor.example.test/chat/7'));

const composer =
  '<div class="composer"><textarea aria-label="Message"></textarea><button aria-label="Send">➤</button></div>';
const answer = (lead: string, items: string[]) =>
  `<div class="row"><div class="md"><p>${lead}</p><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></div>` +
  '<div class="bar"><button>Regenerate</button><button>Like</button></div></div>';

describe("a list of messages whose prompts are unmarked, beside the bot's profile card read as two messages", () => {
  // The card's name row and description both carry a role word in their class: alone they make the card a block of
  // messages, which used to make every unmarked kid of the level (the prompts) the page's.
  const card =
    '<div class="intro"><div class="bot-name">Fraction Tutor</div><div class="bot-desc">A helper for primary maths teachers: lessons, worksheets and answer keys.</div></div>';
  const prompt = (text: string) => `<div class="row"><div class="text">${text}</div></div>`;
  const messages = [
    prompt('How do I introduce fractions to grade 4 with paper pizzas?'),
    answer('Start with halves and quarters.', ['Cut one paper pizza in two.', 'Name each part one half.']),
    prompt('Now turn it into a short worksheet please.'),
    answer('Here is a worksheet.', ['Colour one half of the circle.', 'Colour one quarter of the square.']),
  ];

  test('the prompts between the card and the last answer are turns, the card is none', () => {
    const page = `<main><div class="list">${card}${messages.join('')}</div>${composer}</main>`;
    expect(turnsOf(page)).toEqual([
      { role: 'user', text: 'How do I introduce fractions to grade 4 with paper pizzas?' },
      {
        role: 'assistant',
        text: 'Start with halves and quarters.\n\n- Cut one paper pizza in two.\n- Name each part one half.',
      },
      { role: 'user', text: 'Now turn it into a short worksheet please.' },
      {
        role: 'assistant',
        text: 'Here is a worksheet.\n\n- Colour one half of the circle.\n- Colour one quarter of the square.',
      },
    ]);
  });

  test('counter-case: a block with no role after the last answer (tips above the composer) stays the page’s', () => {
    const tips =
      '<div class="tips">Tip: you can drag a worksheet into the chat to have it checked against the key.</div>';
    const page = `<main><div class="list">${card}${messages.join('')}${tips}</div>${composer}</main>`;
    const texts = turnsOf(page).map((turn) => turn.text);
    expect(texts).toHaveLength(4);
    expect(texts.join(' ')).not.toContain('Tip: you can drag');
  });
});

describe('a thread of exchanges: each kid a question shown as a title row over its answer card', () => {
  const exchange = (question: string, lead: string, items: string[]) => `
    <div class="qa">
      <div class="q"><span class="avatar">?</span><p class="title">${question}</p></div>
      <div class="card">
        <div class="sender"><span>Docs Helper</span></div>
        <div class="body"><p>${lead}</p><ol>${items.map((item) => `<li>${item}</li>`).join('')}</ol></div>
      </div>
    </div>`;
  const thread = `<div class="thread">${exchange('How do I export grades to a spreadsheet?', 'Open the gradebook first.', ['Choose Export.', 'Pick CSV.'])}${exchange('Can I export one class only?', 'Yes, filter the gradebook first.', ['Pick the class.', 'Then choose Export.'])}</div>`;
  const page = (inner: string) => `<main><div class="panel">${inner}${composer}</div></main>`;

  test('each exchange is read as its question and its answer, as it is and redesigned', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(page(thread), redesigned);
      expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      expect(turns[0]!.text).toBe('How do I export grades to a spreadsheet?');
      expect(turns[1]!.text).toContain('Open the gradebook first.\n\n1. Choose Export.\n2. Pick CSV.');
      expect(turns[2]!.text).toBe('Can I export one class only?');
    }
  });

  test('counter-case: FAQ sections (a question heading over its answer) above a question box are no exchanges', () => {
    const section = (question: string, lead: string) =>
      `<div class="faq"><div class="q"><h3>${question}</h3></div><div class="a"><p>${lead}</p><ul><li>First step here.</li><li>Second step here.</li></ul></div></div>`;
    const faq = `<div class="faqs">${section('How do I export grades?', 'Open the gradebook first.')}${section('Can I export one class?', 'Filter the gradebook first.')}</div>`;
    expect(refuses(page(faq))).toBe(true);
  });
});

describe('a chat in a dialog over a page: a live region holding the whole thread shows it a chat', () => {
  const qa = (question: string, lead: string) =>
    `<div class="qa"><div class="q"><p>${question}</p></div><div class="a"><p>${lead}</p><ul><li>Open the settings page.</li><li>Choose the import tab.</li></ul></div></div>`;
  const dialog = (live: boolean) => `
    <article><h1>Import questions</h1><p>You can add many questions at once by importing a file.</p></article>
    <section role="dialog" aria-modal="true"><h2>Docs Helper</h2>
      <div class="thread"${live ? ' aria-live="polite"' : ''}>${qa('How do I import questions from a sheet?', 'Export the sheet as CSV.')}${qa('What if a row fails?', 'Fix the cell and import again.')}</div>
      <form><textarea aria-label="Ask a follow-up question"></textarea><button type="submit" aria-label="Submit question">➤</button></form>
    </section>`;

  test('the exchanges in the live thread are read', () => {
    const turns = turnsOf(`<main>${dialog(true)}</main>`);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[2]!.text).toBe('What if a row fails?');
  });

  test('counter-case: the same blocks in a dialog with no live region, log or greeting are not taken for a chat', () => {
    expect(refuses(`<main>${dialog(false)}</main>`)).toBe(true);
  });

  test('counter-case: a live region holding only a status line does not make a comments dialog a chat', () => {
    const comments = `
      <section role="dialog"><h2>Comments</h2><p aria-live="polite">2 comments</p>
        <div class="comments">${qa('Great article, thanks a lot for this one.', 'Agreed, and a tip.')}${qa('Does this work with older files too?', 'Yes, with a note.')}</div>
        <form><textarea aria-label="Add a comment"></textarea><button type="submit">Post</button></form>
      </section>`;
    expect(
      refuses(`<main><article><h1>Import</h1><p>Some text about importing files.</p></article>${comments}</main>`),
    ).toBe(true);
  });
});

describe("a widget's banner first in a thread of unmarked turns is no turn (run-card.ts)", () => {
  const greeting =
    '<div class="left"><p>Hi! I am Compass, the district assistant for classroom technology.</p><p>I can find workshops, guides and loan laptops for you.</p></div>';
  const reply = (lead: string) =>
    `<div class="left"><p>${lead}</p><ul><li>Tuesday, room 3.</li><li>Thursday, the library.</li></ul></div>`;
  const thread = (first: string, promptClass: string) =>
    `<div class="thread">${first}${greeting}<div class="${promptClass}">Which AI workshops are there in January?</div>${reply('There are two this month.')}<div class="right">Can I bring my own laptop?</div>${reply('Yes, in both rooms.')}</div>`;
  const page = (inner: string) =>
    `<main><div class="widget"><div class="head">Compass</div>${inner}${composer}</div></main>`;
  const banner = '<div class="banner">Compass · District assistant for classroom technology</div>';

  test('redesigned, the banner built unlike every turn is left out and the greeting opens the thread', () => {
    const turns = turnsOf(page(thread(banner, 'right')), true);
    expect(turns.map((turn) => turn.role)).toEqual(['assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toContain('Hi! I am Compass');
    expect(turns.map((turn) => turn.text).join(' ')).not.toContain('District assistant for classroom technology');
  });

  test('counter-case: a first prompt built with an extra class, shared with the other prompts, stays a turn', () => {
    const first = '<div class="right first">Hello, I teach grade 8 English.</div>';
    const turns = turnsOf(page(thread(first, 'right')), true);
    expect(turns[0]).toEqual({ role: 'user', text: 'Hello, I teach grade 8 English.' });
  });
});
