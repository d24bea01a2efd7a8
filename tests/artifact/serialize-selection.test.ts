import { beforeEach, describe, expect, test } from 'vitest';
import { serializeSelection } from '../../lib/artifact/serialize-selection';

beforeEach(() => {
  document.body.innerHTML = '';
  window.getSelection()?.removeAllRanges();
});

function select(start: Node, end: Node = start): Selection {
  const range = document.createRange();
  range.setStartBefore(start);
  range.setEndAfter(end);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('the selection as Markdown ("Use as final artifact")', () => {
  test('paragraphs, emphasis, headings and lists keep their shape', () => {
    document.body.innerHTML =
      '<main><h2 id="a">Exit ticket</h2><p>Answer <strong>two</strong> questions.</p>' +
      '<ol id="b"><li>Compare 1/2 and 1/3.</li><li>Draw <em>one</em> number line.</li></ol><p>Not selected.</p></main>';
    const result = serializeSelection(select(document.getElementById('a')!, document.getElementById('b')!), document);
    expect(result?.markdown).toBe(
      '## Exit ticket\n\nAnswer **two** questions.\n\n1. Compare 1/2 and 1/3.\n2. Draw *one* number line.',
    );
    expect(result?.text).toContain('Compare 1/2 and 1/3.');
    expect(result?.text).not.toContain('Not selected');
  });

  test('a selection of items inside one list is still a list', () => {
    document.body.innerHTML = '<ul id="list"><li id="x">Warm-up</li><li id="y">Pairs</li><li>Later</li></ul>';
    const result = serializeSelection(select(document.getElementById('x')!, document.getElementById('y')!), document);
    expect(result?.markdown).toBe('- Warm-up\n- Pairs');
  });

  test('page HTML is never carried over: markup-like text is escaped, scripts and controls are left out', () => {
    document.body.innerHTML =
      '<div id="doc"><p>Use &lt;b&gt; for bold</p><script>window.ran = true</script><button>Share</button>' +
      '<img src="x" alt="x"></div>';
    const result = serializeSelection(select(document.getElementById('doc')!), document);
    expect(result?.markdown).toBe('Use \\<b> for bold');
    expect(result?.markdown).not.toMatch(/script|Share|img/);
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

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
