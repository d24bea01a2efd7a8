import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A chat embedded in a bigger page (issue 8: an AI block in a course page's sidebar, where the conversation is a small
 * part of the page's text, beside content, navigation and other blocks, inside a sidebar landmark). The reader looks
 * for it beside a composer with a send control, or in a log region, when the page's main text holds no conversation.
 * Pages written here, each with counter-cases that must still be refused.
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://school.example.test/course/7'));

// A lesson page whose own text is far more than the chat's: navigation, a unit with paragraphs, a list and a table.
const lessonPage = (sidebar: string) => `
  <header><a href="/">Riverside Learning</a><a href="/courses">My courses</a></header>
  <div class="layout">
    <div class="lesson">
      <h1>Unit 3: Ecosystems</h1>
      <div class="unit-intro"><p>In this unit pupils study food chains and food webs, producers and consumers, and how energy moves through an ecosystem.</p>
      <p>Each lesson ends with a short quiz and an exit ticket; the unit closes with a field report written in pairs.</p></div>
      <div class="activities">
        <div class="activity"><div class="name">Reading: Who eats whom?</div><div class="dates">Opens Monday 9 November, closes Friday 13 November</div></div>
        <div class="activity"><div class="name">Quiz: producers and consumers</div><div class="dates">Opens Monday 16 November, closes Friday 20 November</div></div>
        <div class="activity"><div class="name">Assignment: field report</div><div class="dates">Due Friday 4 December</div>
          <div class="desc"><p>Write a field report of 300 words on the pond behind the school.</p><ul><li>Name three producers.</li><li>Draw one food chain.</li></ul></div></div>
      </div>
      <table><tr><th>Week</th><th>Topic</th></tr><tr><td>1</td><td>Food chains</td></tr><tr><td>2</td><td>Food webs</td></tr><tr><td>3</td><td>Energy pyramids</td></tr></table>
    </div>
    ${sidebar}
  </div>
  <footer>You are logged in as A. Teacher (Log out)</footer>`;

const chatThread = `
  <div class="msg q"><div class="t">Write two exit-ticket questions on food chains for year 7.</div></div>
  <div class="msg a"><div class="t"><p>Here are two questions:</p><ol><li>Name a producer in the pond food chain.</li><li>What would happen to the herons if the frogs disappeared?</li></ol></div></div>
  <div class="msg q"><div class="t">Make the second one easier for pupils who are new to English.</div></div>
  <div class="msg a"><div class="t"><p>A simpler version:</p><ul><li>The frogs are gone. Do the herons have more food or less food?</li></ul><p>Add a picture of each animal.</p></div></div>`;

describe('a chat block beside a composer in a page sidebar', () => {
  const block = `<aside class="blocks"><section class="block" role="complementary"><h5>Tutor</h5>
      <div class="block-body"><div class="history">${chatThread}</div>
      <div class="bar"><input type="text" placeholder="Ask a question" aria-label="Ask a question"><button type="button" title="Send"><span class="sr">Send</span></button></div></div>
    </section>
    <section class="block" role="complementary"><h5>Upcoming events</h5><ul><li>Parents evening, 3 December</li><li>Science fair, 10 December</li></ul></section></aside>`;
  const page = lessonPage(block);
  const expected = [
    { role: 'user', text: 'Write two exit-ticket questions on food chains for year 7.' },
    {
      role: 'assistant',
      text: 'Here are two questions:\n\n1. Name a producer in the pond food chain.\n2. What would happen to the herons if the frogs disappeared?',
    },
    { role: 'user', text: 'Make the second one easier for pupils who are new to English.' },
    {
      role: 'assistant',
      text: 'A simpler version:\n\n- The frogs are gone. Do the herons have more food or less food?\n\nAdd a picture of each animal.',
    },
  ];

  test('the thread before the single-line composer is read, and nothing of the lesson page', () => {
    expect(turnsOf(page)).toEqual(expected);
  });

  test('redesigned too (no class names that name roles): found by the composer, roles by the shape', () => {
    expect(turnsOf(page, true)).toEqual(expected);
  });

  test('a textarea composer works the same', () => {
    const withTextarea = page.replace(
      '<input type="text" placeholder="Ask a question" aria-label="Ask a question">',
      '<textarea aria-label="Ask a question"></textarea>',
    );
    expect(turnsOf(withTextarea, true)).toEqual(expected);
  });

  test('counter-case: the same page with its sidebar holding a search box and a newsletter sign-up is refused', () => {
    const sidebar = `<aside class="blocks"><section class="block" role="complementary"><h5>Find</h5>
        <div class="block-body"><input type="text" placeholder="Search courses"><button type="button">Go</button></div></section>
      <section class="block" role="complementary"><h5>Newsletter</h5><div class="block-body"><p>Get the weekly bulletin.</p>
        <p>Every Friday: dates, clubs and trips.</p><input type="text" aria-label="Your email"><button type="button">Sign up</button></div></section></aside>`;
    expect(refuses(lessonPage(sidebar))).toBe(true);
    expect(refuses(lessonPage(sidebar), true)).toBe(true);
  });

  test('counter-case: a course discussion forum with a reply box is not read as a chat', () => {
    const post = (author: string, body: string) =>
      `<div class="post"><div class="meta"><span class="author">${author}</span><span class="date">Mon 30 Nov, 18:40</span></div><div class="body">${body}</div></div>`;
    const forum = `<aside class="blocks"><section class="block" role="complementary"><h5>Class forum</h5><div class="block-body">
        ${post('Sam (Year 7)', 'Is the field report due on Friday or Monday?')}
        ${post('Jo (Year 7)', 'Friday, it says so on the unit page.')}
        ${post('Ali (Year 7)', 'Can we work in threes?')}
        ${post('Mia (Year 7)', 'I think pairs only, ask in class.')}
        <div class="reply"><input type="text" aria-label="Reply"><button type="button">Post</button></div></div></section></aside>`;
    expect(refuses(lessonPage(forum))).toBe(true);
    expect(refuses(lessonPage(forum), true)).toBe(true);
  });
});

describe('a log region holding the messages', () => {
  const page = lessonPage(
    `<aside class="blocks"><section role="complementary"><h5>Tutor</h5><div role="log" aria-live="polite">${chatThread}</div></section></aside>
     <div class="dock"><div class="dock-row"><textarea aria-label="Message the tutor"></textarea><button type="button">Send</button></div></div>`,
  );

  test('the log is read as the thread, redesigned or not', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(page, redesigned).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    }
  });

  test('counter-case: an activity log of one-line events is no conversation', () => {
    const events = [
      'Alumno 12 submitted the field report',
      'Quiz: producers and consumers was graded',
      'A. Teacher posted an announcement',
      'Alumno 4 viewed Reading: Who eats whom?',
    ];
    const log = lessonPage(
      `<aside class="blocks"><section role="complementary"><h5>Recent activity</h5><div role="log">${events
        .map((event) => `<div class="event"><span>${event}</span></div>`)
        .join('')}</div></section></aside>`,
    );
    expect(refuses(log)).toBe(true);
    expect(refuses(log, true)).toBe(true);
  });
});

describe('counter-case: an article with its comments and a comment box is no conversation', () => {
  const comment = (body: string) =>
    `<div class="comment"><div class="who">Parent of a Year 7 pupil</div><div class="text">${body}</div></div>`;
  const page = `<main><article><h1>Our new homework policy</h1><p>From January, homework in Key Stage 3 will be set once a week per subject.</p>
      <p>Tasks will be posted on the learning platform every Monday and are due the following Monday.</p><ul><li>Maths: one practice set</li><li>English: one reading log</li></ul></article>
    <section class="comments"><h2>Comments</h2>
      ${comment('Will there be a homework club for pupils without internet at home?')}
      ${comment('<p>Thank you for this. Two questions:</p><ul><li>Is there a limit per evening?</li><li>Who do we ask if a task is unclear?</li></ul>')}
      ${comment('We like the Monday deadline, it helps with weekend sport.')}
      ${comment('<p>Could the reading log be on paper?</p><p>Our son reads better away from screens.</p>')}
      <div class="reply"><textarea aria-label="Leave a comment"></textarea><button type="button">Post comment</button></div>
    </section></main>`;

  test('refused, redesigned or not', () => {
    expect(refuses(page)).toBe(true);
    expect(refuses(page, true)).toBe(true);
  });
});
