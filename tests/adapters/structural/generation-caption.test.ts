import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A generation caption under an answer: the model and how long the answer took, joined by a middle dot
 * ("gpt-4o-mini · 4.2 s", Streamlit's st.caption in held-out set 6). The tool's, like a messenger's "Fin · 14m".
 */

const { turnsOf } = smallPageReader(new URL('https://coach.example.test/'));

const page = (caption: string, second = caption) => `<main><div class="chat">
  <div class="msg"><div class="av">U</div><div class="body" aria-label="Chat message from user"><p>Give me three warm-up words for silent e, please.</p></div></div>
  <div class="msg"><div class="av">A</div><div class="body" aria-label="Chat message from assistant"><p>Try these three words with the group.</p><ul><li>cape</li><li>kite</li><li>hope</li></ul><div class="cap"><p>${caption}</p></div></div></div>
  <div class="msg"><div class="av">U</div><div class="body" aria-label="Chat message from user"><p>And three vowel team words?</p></div></div>
  <div class="msg"><div class="av">A</div><div class="body" aria-label="Chat message from assistant"><p>Use these three words next.</p><ul><li>rain</li><li>boat</li><li>seed</li></ul><div class="cap"><p>${second}</p></div></div></div>
</div><textarea aria-label="Your message"></textarea></main>`;

describe('a caption naming the model and the answer time is chrome', () => {
  test.each([false, true])('"gpt-4o-mini · 4.2 s" is left out of each answer (redesigned: %s)', (redesigned) => {
    const turns = turnsOf(page('gpt-4o-mini · 4.2 s', 'gpt-4o-mini · 18.6 s'), redesigned);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toBe('Try these three words with the group.\n\n- cape\n- kite\n- hope');
    expect(turns[3]!.text).toBe('Use these three words next.\n\n- rain\n- boat\n- seed');
  });

  test("counter-case: an answer's own last line with a decimal time in a sentence stays (no parts joined by a dot)", () => {
    const turns = turnsOf(page('Time each child for 4.5 s per word.', 'Stop after 9.5 s.'));
    expect(turns[1]!.text).toContain('Time each child for 4.5 s per word.');
    expect(turns[3]!.text).toContain('Stop after 9.5 s.');
  });
});
