import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * Follow-up prompt chips built as the bot's bubbles are (the same wrapper and bubble class: held-out set 6's Flowise
 * page), named for screen readers by the list around them in the words tools use: "Follow-up questions", "Quick
 * replies", "Preguntas de seguimiento". A teacher never sent them: no turn. With a counter-case.
 */

const { turnsOf } = smallPageReader(new URL('https://bots.example.test/chat/unit-rates'));

const host = (body: string) => `<div class="row host"><span class="bubble host-bubble">${body}</span></div>`;
const guest = (text: string) => `<div class="row guest"><span class="bubble guest-bubble">${text}</span></div>`;
const page = (label: string) => `<div class="bot"><div class="log" role="log">
    ${host('<p>Hi! Tell me about a lesson and I will suggest supports.</p>')}
    ${guest('I teach unit rates tomorrow to grade 7. I need supports for English learners.')}
    ${host('<p>Here are supports for the lesson.</p><ul><li>Sentence frames on the board.</li><li>A word wall with pictures.</li></ul>')}
    ${guest('Now a three-question exit ticket, please.')}
    ${host('<p>Here is an exit ticket:</p><ol><li>A 12-ounce bag costs $3.00. Price per ounce?</li><li>Which is the better buy?</li></ol>')}
    <div class="chips" aria-label="${label}">${host('Make a Spanish version')}${host('Add a challenge question')}</div>
  </div><div class="input"><textarea placeholder="Type your question"></textarea><button type="submit">Send</button></div></div>`;

describe('follow-up chips built as bot bubbles, under a list named for screen readers', () => {
  test.each([
    ['Follow-up questions', false],
    ['Follow-up questions', true],
    ['Quick replies', true],
    ['Preguntas de seguimiento', true],
  ])('"%s" chips are no turn (redesigned: %s)', (label, redesigned) => {
    const turns = turnsOf(page(label), redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(/Spanish version|challenge question/);
  });

  test('counter-case: a list named otherwise keeps its words', () => {
    const turns = turnsOf(page('Worked examples'));
    expect(turns.map((turn) => turn.text).join(' ')).toContain('Make a Spanish version');
  });
});
