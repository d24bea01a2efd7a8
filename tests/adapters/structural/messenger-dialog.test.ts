import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A support messenger floating over a help article (issue 8, the third held-out set's support widget): the chat is a
 * dialog beside the page's main text, opens with the tool's greeting, and prints a meta line, a feedback question and
 * a captioned source list under each answer. Pages written here, each with counter-cases that must still be refused
 * or left as they are.
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://help.example.test/en/articles/42'));

// A help article far longer than the chat: its text comes first on the page, and is no conversation.
const article = `<header><a href="/">Help centre</a><form role="search"><input type="search" aria-label="Search"></form></header>
  <main><h1>Reporting the latest score</h1>
    <p>Each class can combine scores for a standard in one of three ways: average, highest or most recent.</p>
    <p>Families see the combined score in the portal the next time they sign in, and teachers see every score.</p>
    <h2>Changing the calculation</h2><ol><li>Open the class settings.</li><li>Choose a calculation.</li><li>Save.</li></ol>
    <p>Did this answer your question?</p></main>`;

const avatar =
  '<div class="avatar" aria-hidden="true"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></div>';
const answer = (body: string, minutes: number) =>
  `<div class="row agent">${avatar}<div class="bubble"><div class="blocks">${body}</div>
    <div class="meta"><span>Tutor</span> · <span>AI Agent</span> · <time datetime="2026-11-30T15:00:00Z">${minutes}m</time></div>
    <div class="rate"><span>Was that helpful?</span><button type="button" aria-label="Yes">+</button><button type="button" aria-label="No">-</button></div></div></div>`;
const prompt = (text: string, minutes: number) =>
  `<div class="row me"><div class="bubble"><div style="white-space: pre-wrap">${text}</div></div>
    <div class="seen"><span>Seen</span> · <time datetime="2026-11-30T15:00:00Z">${minutes}m</time></div></div>`;

const sources = `<div class="sources"><div class="caption">Sources</div><a href="/en/articles/7"><span>Article</span><span>Report cards for families</span></a><a href="/en/articles/8"><span>Article</span><span>Standards-based grading</span></a></div>`;

const thread = [
  answer('<p>Hi! I am the help centre tutor. Ask me anything about grades and reports.</p>', 20),
  prompt('How do I show families only the latest score?', 18),
  answer(
    `<p>Change the calculation of the class:</p><ol><li>Open the class settings.</li><li>Choose Most recent.</li></ol>${sources}`,
    17,
  ),
  prompt('Thanks. Can families still see older work?', 15),
  answer('<p>Yes: every piece of work stays in the portal.</p><p>Only the combined score changes.</p>', 14),
].join('');

const messenger = (log: string, box = '<textarea aria-label="Message"></textarea>') =>
  `<div class="messenger" role="dialog" aria-label="Support messenger">
    <div class="top"><button type="button" aria-label="Back">&lt;</button><div><div>Tutor</div><div>AI Agent · The team can also help</div></div><button type="button" aria-label="Close">x</button></div>
    <div class="log">${log}</div>
    <div class="quick"><button type="button">Talk to a person</button></div>
    <div class="compose">${box}<div class="tools"><button type="button" aria-label="Emoji">:)</button><button type="submit" aria-label="Send">&gt;</button></div></div>
  </div>`;

const expected = [
  { role: 'assistant', text: 'Hi! I am the help centre tutor. Ask me anything about grades and reports.' },
  { role: 'user', text: 'How do I show families only the latest score?' },
  {
    role: 'assistant',
    text: 'Change the calculation of the class:\n\n1. Open the class settings.\n2. Choose Most recent.',
  },
  { role: 'user', text: 'Thanks. Can families still see older work?' },
  { role: 'assistant', text: 'Yes: every piece of work stays in the portal.\n\nOnly the combined score changes.' },
];

describe('a messenger in a dialog over a help article', () => {
  const page = `${article}<div class="widget">${messenger(thread)}</div>`;

  test('its thread is read beside its message box, greeting first, without meta lines, feedback rows or sources', () => {
    expect(turnsOf(page)).toEqual(expected);
  });

  test('redesigned too (the greeting is told by its shape: built as the later answers, not as the prompts)', () => {
    expect(turnsOf(page, true)).toEqual(expected);
  });

  test('a log region in the dialog is read the same', () => {
    const withLog = page.replace('<div class="log">', '<div class="log" role="log" aria-live="polite">');
    expect(turnsOf(withLog, true)).toEqual(expected);
  });
});

describe('counter-cases: dialogs that are no chat', () => {
  test('a modal sign-up form over the article is refused', () => {
    const signUp = `<div role="dialog" aria-label="Create an account"><h2>Create your free account</h2>
      <p>Save articles, follow topics and get answers from the team.</p>
      <p>It takes a minute, and you can leave at any time.</p>
      <div class="field"><input type="text" aria-label="Name"><button type="button">Next</button></div>
      <div class="field"><input type="text" aria-label="School"><button type="button">Skip</button></div>
      <div class="field"><textarea aria-label="What do you teach?"></textarea></div>
      <button type="submit">Sign up</button></div>`;
    expect(refuses(`${article}${signUp}`)).toBe(true);
    expect(refuses(`${article}${signUp}`, true)).toBe(true);
  });

  test('a cookie dialog is refused', () => {
    const cookies = `<div role="dialog" aria-label="Cookies"><p>We use cookies to remember your settings and to count visits.</p>
      <p>You can change your choice at any time in Privacy settings.</p><button type="button">Accept all</button><button type="button">Reject</button></div>`;
    expect(refuses(`${article}${cookies}`)).toBe(true);
    expect(refuses(`${article}${cookies}`, true)).toBe(true);
  });

  test('a comments thread in a dialog, every comment built alike, is refused', () => {
    const comment = (body: string) =>
      `<div class="comment"><div class="who">A parent</div><div class="text">${body}</div></div>`;
    const comments = `<div role="dialog" aria-label="Comments"><h2>Comments</h2>
      ${comment('Will the old average still be shown somewhere?')}
      ${comment('<p>Thank you. Two questions:</p><ul><li>When does it start?</li><li>Is it every subject?</li></ul>')}
      ${comment('We prefer the latest score, it is clearer.')}
      ${comment('<p>Could the portal show both?</p><p>Some families like the average.</p>')}
      <div class="reply"><textarea aria-label="Leave a comment"></textarea><button type="button">Post comment</button></div></div>`;
    expect(refuses(`${article}${comments}`)).toBe(true);
    expect(refuses(`${article}${comments}`, true)).toBe(true);
  });
});
