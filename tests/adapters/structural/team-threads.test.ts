import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A team messenger's thread with a bot in it (set 8's Webex space): every message has a header row with the sender's
 * name, the time and sometimes an "Edited" note, and a hover toolbar whose buttons are labelled "Reply to thread",
 * "Quote"; under the thread a row "Collapse thread · Reply to thread". Small pages written here, with counter-cases.
 */

const { turnsOf } = smallPageReader(new URL('https://teams.example.test/spaces/ela-8'));

const message = (name: string, time: string, body: string, bar = true) =>
  `<div class="item" role="listitem"><span class="avatar" aria-hidden="true">${name.slice(0, 2).toUpperCase()}</span><div class="content">` +
  `<div class="head"><span class="name">${name}</span> <span class="time">${time}</span></div>` +
  `<div class="text">${body}</div>` +
  (bar
    ? `<div class="actions" role="toolbar"><button type="button" aria-label="Add reaction">😀</button><button type="button" aria-label="Reply to thread">Reply</button></div>`
    : '') +
  `</div></div>`;
const answerBody =
  '<p>Here is a plan for the week.</p><ul><li>Monday: claims and reasons.</li><li>Tuesday: evidence.</li></ul><p>Shall I add a rubric?</p>';
const thread = (secondPrompt: string, tail: string) =>
  `<main><div class="list" role="list" aria-label="Messages">` +
  message('Tomas Whitaker', '2:05 PM', '<p>Can you draft a week of argument writing lessons for grade 8?</p>') +
  message('Unit Planner', '2:06 PM', answerBody) +
  message('Tomas Whitaker', '2:39 PM <span class="edited">Edited</span>', secondPrompt, false) +
  message('Unit Planner', '2:41 PM', '<p>Here is the rubric.</p><ol><li>Claim</li><li>Evidence</li></ol>') +
  tail +
  `</div><div class="composer"><div contenteditable="true" role="textbox" aria-label="Write a message"></div></div></main>`;
const collapseRow = `<div class="collapse"><button type="button">Collapse thread</button> · <button type="button">Reply to thread</button></div>`;

describe('a thread whose messages all carry a Reply button', () => {
  test('prompts are prompts: a Reply button’s label names no sender, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(thread('<p>This is great. Add a rubric please.</p>', collapseRow), redesigned);
      expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      expect(turns[0]!.text).toBe('Can you draft a week of argument writing lessons for grade 8?');
    }
  });

  test('the sender’s name, time and "Edited" note are the header’s, and the row under the thread is no turn', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(thread('<p>This is great. Add a rubric please.</p>', collapseRow), redesigned);
      expect(turns).toHaveLength(4);
      expect(turns[2]!.text).toBe('This is great. Add a rubric please.');
    }
  });

  test('counter-case: a prompt that is one emoji is a turn', () => {
    const turns = turnsOf(thread('<p>👍</p>', ''));
    expect(turns[2]).toEqual({ role: 'user', text: '👍' });
  });

  test('counter-case: a prompt naming a time in a sentence keeps its words', () => {
    const turns = turnsOf(thread('<p>Could we move the peer review to Thursday at 10:30 AM?</p>', ''));
    expect(turns[2]!.text).toBe('Could we move the peer review to Thursday at 10:30 AM?');
  });
});
