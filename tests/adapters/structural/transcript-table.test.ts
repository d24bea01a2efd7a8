import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A transcript table (transcript-table.ts): one row per turn with an index, a speaker cell (two names), the message
 * and a time (an LMS tool's Transcript tab, held-out set 6). Read row by row, the message cell being the turn.
 */

const { turnsOf } = smallPageReader(new URL('https://lti.example.test/sessions/8'));

const answer =
  'Here are three prompts for the discussion board. First, choose the cause of the war you think mattered most and support it with two pieces of evidence. Second, decide whether the war was inevitable after the assassination. Third, explain how the alliances spread the conflict.';
const row = (i: number, speaker: string, message: string) =>
  `<tr><td>${i}</td><td><span class="chip"><span class="icon">person</span>${speaker}</span></td><td><pre>${message}</pre></td><td><time>9:4${i} AM</time></td><td><button>Copy</button></td></tr>`;
const page = `<div class="app"><div class="bar"><span>Course Assistant</span><span>Signed in as Teacher</span></div>
  <h1>WWI discussion prompts</h1><p>Session started Nov 30 · 4 messages</p>
  <table><thead><tr><th>#</th><th>Speaker</th><th>Message</th><th>Time</th><th></th></tr></thead><tbody>
  ${row(1, 'Teacher', 'Write three discussion prompts on the causes of World War I.')}
  ${row(2, 'Course Assistant', answer)}
  ${row(3, 'Teacher', 'Now a short rubric worth 10 points.')}
  ${row(4, 'Course Assistant', 'Discussion rubric (10 points)\n- Claim (3 points): a clear position that answers the prompt.\n- Evidence (4 points): two specific pieces of evidence from the readings.')}
  </tbody></table><div class="pager">Items per page: 10 · 1 – 4 of 4</div></div>`;

describe('a transcript table is read row by row', () => {
  test.each([false, true])(
    'each row is a turn, the speaker, index, time and actions left out (redesigned: %s)',
    (redesigned) => {
      const turns = turnsOf(page, redesigned);
      expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      expect(turns[0]!.text).toBe('Write three discussion prompts on the causes of World War I.');
      expect(turns[1]!.text).toContain('Third, explain how the alliances spread the conflict.');
      expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(/Course Assistant|9:4\d|Items per page/);
    },
  );

  test("counter-case: an answer's table of two speakers' short lines leaves the chat's turns as they are", () => {
    const script = `<table><thead><tr><th>Speaker</th><th>Line</th></tr></thead><tbody>
      <tr><td>Ana</td><td>Where were you on the night of the storm?</td></tr><tr><td>Ben</td><td>At the lighthouse, as always.</td></tr>
      <tr><td>Ana</td><td>Then who rang the bell?</td></tr></tbody></table>`;
    const chat = `<main><div class="log">
      <div class="m"><div class="q">Write a three-line dialogue for a mystery play, as a table.</div><button aria-label="Edit">e</button></div>
      <div class="m"><div class="a"><p>Here is a short scene for two readers.</p>${script}</div><button aria-label="Copy">c</button><button aria-label="Good response">g</button></div>
      <div class="m"><div class="q">Thanks, that works.</div><button aria-label="Edit">e</button></div>
      <div class="m"><div class="a"><p>Glad it helps. Have the two readers swap parts on a second reading.</p></div><button aria-label="Copy">c</button><button aria-label="Good response">g</button></div>
    </div><textarea aria-label="Message"></textarea></main>`;
    const turns = turnsOf(chat);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toContain('At the lighthouse, as always.');
  });
});
