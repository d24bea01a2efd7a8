import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A form control's attributes name what it holds, not who wrote a message: a settings panel's `<textarea
 * id="main_prompt">` beside the thread (SillyTavern in held-out set 11) is no prompt, and the panel around it is no turn.
 */

const { turnsOf } = smallPageReader(new URL('https://helper.example.test/chat'));

const page = (field: string) => `<div class="app">
  <div class="panel"><h3>Chat presets</h3><label for="t">Temperature</label><input id="t" type="range" value="0.7">
    <h4>Main instructions</h4>${field}</div>
  <div class="pane"><div class="thread">
    <div class="msg"><p>Suggest two supports for English learners in a unit-rate lesson.</p><button aria-label="Edit">e</button></div>
    <div class="msg"><p>Two supports that help most:</p><ul><li>Sentence frames.</li><li>Picture flyers.</li></ul><button aria-label="Regenerate">r</button></div>
    <div class="msg"><p>Thanks, and one extension task?</p><button aria-label="Edit">e</button></div>
    <div class="msg"><p>Compare two cereal boxes with a coupon.</p><ul><li>Find each unit price.</li></ul><button aria-label="Regenerate">r</button></div>
  </div><textarea aria-label="Message"></textarea></div>
</div>`;

describe("a form control's attributes name no sender", () => {
  test('a settings panel with a textarea named "main_prompt" is not read as a turn', () => {
    const turns = turnsOf(page('<textarea id="main_prompt" name="user_prompt">Write the next reply.</textarea>'));
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe('Suggest two supports for English learners in a unit-rate lesson.');
  });

  test('counter-case: a block whose own attribute names the prompt is still read as one', () => {
    const turns = turnsOf(
      page('<div data-kind="prompt"><p>Write the next reply in a friendly tone for the class.</p></div>'),
    );
    expect(turns[0]!.role).toBe('user');
    expect(turns[0]!.text).toContain('Write the next reply');
  });
});
