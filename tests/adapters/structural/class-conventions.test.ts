import { describe, expect, test } from 'vitest';
import { classRoleText } from '../../../lib/adapters/structural/class-role-words';
import { smallPageReader } from './small-page';

/**
 * Class lists read by the component naming convention (class-role-words.ts): a message component named with a role
 * word ("ai-msg") whose modifier says who wrote it. Blind set 10's Sakai assistant was not read as it was: every
 * part of a prompt ("ai-msg__body", "ai-msg__text") named the tool, and the prompts were taken for mixed blocks.
 */

const { turnsOf } = smallPageReader(new URL('https://lms.example.test/portal/tool/1'));

const isRoleWord = (word: string) => ['ai', 'user', 'bot', 'assistant', 'answer'].includes(word);

const message = (side: string, body: string) =>
  `<div class="ai-msg ai-msg--${side}"><div class="ai-msg__body"><div class="ai-msg__meta"><time>9:17 am</time></div>` +
  `<div class="ai-msg__text">${body}</div></div></div>`;

const page = (prompt1: string, prompt2: string) => `<main><div class="ai-chat__log">
    ${message('user', prompt1)}
    ${message('assistant', '<p>Here are three questions for the forum.</p><ol><li>Where could a check have helped?</li><li>What routine gives students time to act?</li></ol>')}
    ${message('user', prompt2)}
    ${message('assistant', '<p>Level 3 describes a routine and when it happens.</p><p>Level 1 names an idea only.</p>')}
  </div><form><label for="p">Ask the AI Assistant</label><textarea id="p"></textarea></form></main>`;

describe('a message component whose name holds a role word, its side told by a modifier', () => {
  test('the prompts are read as the teacher’s, not as mixed blocks of the tool', () => {
    const turns = turnsOf(
      page('Write three discussion prompts on formative assessment.', 'Turn question 2 into a rubric.'),
    );
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe('Write three discussion prompts on formative assessment.');
    expect(turns[2]!.text).toBe('Turn question 2 into a rubric.');
  });

  test('an element class speaks by its element part, a role-naming modifier for its block', () => {
    expect(classRoleText('ai-msg__text', isRoleWord)).toBe('text');
    expect(classRoleText('ai-msg ai-msg--user', isRoleWord)).toBe('user');
    expect(classRoleText('chat__bot-bubble', isRoleWord)).toBe('bot-bubble');
  });

  test('counter-case: a modifier naming no role leaves its block speaking, and plain classes keep every word', () => {
    expect(classRoleText('bot-message bot-message--highlighted', isRoleWord)).toBe('bot-message bot-message');
    expect(classRoleText('chat-message bot', isRoleWord)).toBe('chat-message bot');
    expect(classRoleText('answer__body answer--streaming', isRoleWord)).toBe('body answer');
  });

  test('counter-case: a thread marked only by modifiers still reads its roles from them', () => {
    const bubble = (side: string, text: string) =>
      `<div class="msg msg--${side}"><div class="msg__text">${text}</div></div>`;
    const thread = `<main><div class="log">${bubble('user', 'How long is the field trip?')}${bubble('bot', 'The trip lasts three hours.')}${bubble('user', 'Who drives the bus?')}${bubble('bot', 'The district transport team drives.')}</div><textarea></textarea></main>`;
    expect(turnsOf(thread).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });
});
