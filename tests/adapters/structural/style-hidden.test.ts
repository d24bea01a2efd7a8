import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * Text hidden by an element's inline style (`display:none`, `visibility:hidden`) is not shown, so a person does not
 * read it: an edit box kept in each message for later, a swipe counter shown on some messages only (SillyTavern in
 * held-out set 11). Only the inline style is read (markup-index.ts): the page's style sheets are not.
 */

const { turnsOf } = smallPageReader(new URL('https://helper.example.test/chat'));

const page = (hiddenStyle: string, counterStyle: string) => `<main><div class="log">
  <div class="row me"><p>Suggest two supports for English learners in a unit-rate lesson.</p>
    <div style="${hiddenStyle}">Editing draft: suggest two supports</div><span style="${counterStyle}">1/1</span></div>
  <div class="row bot"><p>Two supports that help most:</p><ul><li>Sentence frames.</li><li>Picture flyers.</li></ul>
    <div style="${hiddenStyle}">Editing draft: two supports</div><span style="${counterStyle}">2/3</span><button aria-label="Copy">c</button></div>
  <div class="row me"><p>Thanks, and one extension task?</p><span style="${counterStyle}">1/1</span></div>
  <div class="row bot"><p>Compare two cereal boxes with a coupon.</p><ul><li>Find each unit price.</li></ul>
    <span style="${counterStyle}">1/1</span><button aria-label="Copy">c</button></div>
</div><textarea aria-label="Message"></textarea></main>`;

describe('text hidden by its inline style is not read', () => {
  test.each([
    ['display:none', 'display:none;'],
    ['display: none', 'visibility: hidden'],
  ])('"%s" and "%s" are left out of every turn', (hiddenStyle, counterStyle) => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(page(hiddenStyle, counterStyle), redesigned);
      expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      expect(turns[0]!.text).toBe('Suggest two supports for English learners in a unit-rate lesson.');
      expect(turns[1]!.text).toBe('Two supports that help most:\n\n- Sentence frames.\n- Picture flyers.');
      expect(turns[2]!.text).toBe('Thanks, and one extension task?');
    }
  });

  test('counter-case: text whose inline style shows it (display:flex, overflow:hidden) stays in its turn', () => {
    const turns = turnsOf(page('display:flex', 'overflow:hidden; border: none'));
    expect(turns[0]!.text).toContain('Editing draft: suggest two supports');
    expect(turns[1]!.text).toContain('2/3');
  });
});
