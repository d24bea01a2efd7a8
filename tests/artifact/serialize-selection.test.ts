import { beforeEach, describe, expect, test } from 'vitest';
import { serializeSelection } from '../../lib/artifact/serialize-selection';

beforeEach(() => {
  document.body.innerHTML = '';
  window.getSelection()?.removeAllRanges();
});

describe('the selection as Markdown ("Use as final artifact")', () => {
  // The Markdown of a real selection is checked in Chromium (tests/e2e/selection-markdown.e2e.test.ts): the
  // serializer cuts the range from a copy in an inert document, and happy-dom 21's Range returns nothing for a
  // document made by createHTMLDocument (checked 2026-11-30), so only the no-selection cases run here.
  test('nothing selected gives null', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const range = document.createRange();
    range.setStart(document.getElementById('p')!.firstChild!, 1);
    range.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    expect(serializeSelection(window.getSelection(), document)).toBeNull();
    expect(serializeSelection(null, document)).toBeNull();
  });
});
