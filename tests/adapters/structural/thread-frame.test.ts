import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A chat app's frame: a settings sidebar beside the pane that holds the thread and its composer, and the tool's
 * greeting in a thread whose every message, prompts too, has the same wrapper (held-out set 6's Streamlit and
 * Chainlit pages). Each case with a counter-case that must not fire.
 */

const { turnsOf } = smallPageReader(new URL('https://apps.example.test/coach'));

const composer =
  '<div class="bottom"><textarea aria-label="Describe your group"></textarea><button>Send</button></div>';

describe('a settings sidebar beside the pane of the thread and its composer is no exchange', () => {
  const sidebar = `<section class="side"><div class="side-body">
      <div class="el"><h2>Settings</h2></div>
      <div class="el"><label>Grade band</label><div role="combobox" aria-expanded="false">K–2</div></div>
      <div class="el"><p><strong>Saved plans</strong></p><ul><li>Fluency group, grade 3 (Nov 18)</li><li>Vocabulary routine (Nov 4)</li></ul></div>
      <div class="el"><p>Built by the district literacy office. Do not enter student names.</p></div>
    </div></section>`;
  const message = (who: string, body: string) =>
    `<div class="el"><div class="msg"><div class="avatar">${who === 'user' ? 'face' : 'school'}</div><div class="content" aria-label="Chat message from ${who}">${body}</div></div></div>`;
  const thread = [
    message('user', '<p>Six second graders stall on silent-e words. Draft a six-week plan for me.</p>'),
    message(
      'assistant',
      '<p>Here is a six-week plan.</p><ul><li>Weeks 1–2: silent-e.</li><li>Weeks 3–4: vowel teams.</li></ul>',
    ),
    message('user', '<p>Give me the week 3 word lists as a table.</p>'),
    message('assistant', '<table><tr><th>Day</th><th>Words</th></tr><tr><td>1</td><td>rain, tail</td></tr></table>'),
  ].join('');
  const page = `<div class="app">${sidebar}<section class="main"><div class="block"><div class="el"><h1>Literacy coach</h1></div>${thread}</div>${composer}</section></div>`;

  test.each([false, true])('the four messages only (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(page, redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(/Saved plans|K–2|Settings|literacy office/);
  });

  test('counter-case: prompt-and-answer wrappers inside the pane of the composer are still split', () => {
    const pair = (prompt: string, answer: string) =>
      `<div class="pair"><div class="q">${prompt}</div><div class="a">${answer}</div></div>`;
    const pairs = `${pair('Which words should I pre-teach for the mill readings?', '<p>Five words help most.</p><ul><li>overseer</li><li>spindle</li></ul>')}${pair('Write two discussion questions please.', '<p>Two questions:</p><ol><li>What hours did they keep?</li><li>Why do the accounts differ?</li></ol>')}`;
    const turns = turnsOf(
      `<div class="app">${sidebar}<section class="main"><div class="block">${pairs}</div>${composer}</section></div>`,
      true,
    );
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe('Which words should I pre-teach for the mill readings?');
  });
});

describe("the tool's greeting where prompts and answers share one wrapper: its row is built as the answers'", () => {
  const step = (inner: string) => `<div class="step">${inner}</div>`;
  const answer = (body: string) =>
    step(
      `<div class="ai-row"><img class="avatar" alt="" src="data:,"><div class="body">${body}</div></div><div class="acts"><button aria-label="Thumbs up">+</button><button aria-label="Thumbs down">-</button></div>`,
    );
  const prompt = (text: string) =>
    step(`<div class="user-row"><div class="bubble">${text}</div><button aria-label="Edit message">e</button></div>`);
  const thread = (opening: string) =>
    `<div class="app"><div class="main"><div class="thread">${opening}
      ${prompt('I need to explain equivalent fractions to my grade 7 group.')}
      ${answer('<p>Two fractions are equivalent when they name the same part of a whole.</p><ul><li>1/2 = 2/4</li><li>2/3 = 4/6</li></ul>')}
      ${prompt('Now four exercises of rising difficulty, please.')}
      ${answer('<p>Here are four exercises.</p><ol><li>1/2 = x/6</li><li>Simplify 6/9.</li></ol>')}
    </div>${composer}</div></div>`;

  test.each([false, true])('the greeting is the first turn (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(
      thread(answer("<p>Hi! I'm the maths department's tutor. Ask me for explanations or exercises.</p>")),
      redesigned,
    );
    expect(turns.map((turn) => turn.role)).toEqual(['assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe("Hi! I'm the maths department's tutor. Ask me for explanations or exercises.");
  });

  test.each([false, true])(
    'counter-case: a welcome card in the same wrapper, built as neither, is no turn (redesigned: %s)',
    (redesigned) => {
      const card = step(
        '<div class="card"><h3>Welcome to the maths tutor</h3><p>Pick a starter below or type a question about your class.</p><button>Fractions</button></div>',
      );
      const turns = turnsOf(thread(card), redesigned);
      expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    },
  );
});
