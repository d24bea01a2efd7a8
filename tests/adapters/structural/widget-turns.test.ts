import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A chat widget open on a portal's article page (issue 8: held-out set 6's webchat): the bot speaks first and answers
 * in two or three bubbles per turn, grouped per sender; the teacher's turns are single bubbles whose markup names no
 * role, and once redesigned nothing names any role. Each case with a counter-case that must not fire.
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://portal.example.test/recursos/evaluacion'));

const article = `
  <header><a href="/">District portal</a><nav><a href="/resources">Resources</a><a href="/workshops">Workshops</a></nav></header>
  <main><article><h1>Formative assessment in primary school</h1>
    <p>Formative assessment gives pupils feedback while they still learn, not only a grade when the unit ends.</p>
    <p>This page collects the district's templates for rubrics, exit tickets and self-assessment checklists.</p>
    <ul><li>Oral presentation rubric (PDF)</li><li>Exit ticket templates (DOCX)</li></ul></article></main>`;

const bubble = (inner: string, isFirst: boolean) =>
  `<div class="msg with-avatar">${isFirst ? '<img class="avatar" alt="profile" src="data:,">' : '<div class="avatar spacer"></div>'}<div class="response"><div class="text"><div class="md">${inner}</div></div></div></div>`;
const botTurn = (bubbles: string[]) =>
  `<div class="group from-response">${bubbles.map((inner, i) => bubble(inner, i === 0)).join('')}<span class="date">07:52</span></div>`;
const clientTurn = (text: string) =>
  `<div class="group from-client"><div class="msg"><div class="client"><div class="text">${text}</div></div></div><span class="date">07:53</span></div>`;

const widget = (messages: string) => `
  <div class="widget"><div class="conversation">
    <div class="head"><h4>Ana · Teaching assistant</h4><span>Answers in seconds</span><button aria-label="Close chat">x</button></div>
    <div class="messages">${messages}</div>
    <form class="sender"><textarea placeholder="Type a message..."></textarea><button type="submit">Send</button></form>
  </div></div>`;

const thread = [
  botTurn([
    "<p>Hi! I'm Ana, the district portal's teaching assistant.</p>",
    '<p>I can help you draft rubrics, lesson plans and letters to families.</p>',
  ]),
  clientTurn('I need a rubric for oral presentations in grade 4 with three criteria.'),
  botTurn([
    '<p>Here are three criteria, each with three levels:</p>',
    '<ol><li>Content: the information is correct and on topic.</li><li>Voice: pupils speak clearly and loud enough.</li><li>Timing: the talk keeps to its three minutes.</li></ol>',
    '<p>Shall I turn it into a table?</p>',
  ]),
  clientTurn('Yes, as a table, with a row for self-assessment.'),
  botTurn([
    '<p>Here is the printable version:</p>',
    '<table><tr><th>Criterion</th><th>Level 3</th></tr><tr><td>Content</td><td>Own examples</td></tr><tr><td>Self-assessment</td><td>I explained my topic</td></tr></table>',
  ]),
];

describe("a widget's thread of grouped bubbles: the bot's turns marked, the teacher's single bubbles not", () => {
  const page = `${article}${widget(thread.join(''))}`;

  test.each([false, true])('five turns, the greeting first (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(page, redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe(
      "Hi! I'm Ana, the district portal's teaching assistant.\n\nI can help you draft rubrics, lesson plans and letters to families.",
    );
    expect(turns[1]!.text).toBe('I need a rubric for oral presentations in grade 4 with three criteria.');
    expect(turns[2]!.text).toContain(
      '3. Timing: the talk keeps to its three minutes.\n\nShall I turn it into a table?',
    );
    expect(turns[3]!.text).toBe('Yes, as a table, with a row for self-assessment.');
    expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(/Teaching assistant|Answers in seconds|07:5|PDF/);
  });

  test('counter-case: a short note after the thread, outside its groups, is still no turn', () => {
    const withNote = `${article}${widget(`${thread.join('')}<div class="note">Pilot assistant: answers may contain mistakes now and then.</div>`)}`;
    const turns = turnsOf(withNote);
    expect(turns).toHaveLength(5);
    expect(turns.map((turn) => turn.text).join(' ')).not.toContain('Pilot assistant');
  });
});

describe('a feedback box under sections that alternate short and long is no conversation', () => {
  const section = (heading: string, body: string) => `<div class="section"><h3>${heading}</h3>${body}</div>`;
  const page = `${article}<div class="help"><div class="help-body">
      ${section('Who can use the templates', '<p>Every teacher of the district may use and adapt them.</p>')}
      ${section('How to print', '<p>Print on A4, two pages per sheet, in colour if you can.</p><ul><li>Rubric: landscape</li><li>Checklist: portrait</li></ul>')}
      ${section('Languages', '<p>Spanish and English versions are both available.</p>')}
      ${section('Accessibility', '<p>Large-print versions are on request.</p><p>Ask the district office for a copy in braille.</p>')}
    </div><form class="feedback"><textarea placeholder="Was this page useful?"></textarea><button type="submit">Send</button></form></div>`;

  test.each([false, true])('refused (redesigned: %s)', (redesigned) => {
    expect(refuses(page, redesigned)).toBe(true);
  });
});
