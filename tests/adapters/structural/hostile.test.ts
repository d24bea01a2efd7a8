import { describe, expect, test } from 'vitest';
import { readStructurally } from '../../../lib/adapters/structural/read-structurally';
import { AdapterError } from '../../../lib/adapters/types';
import { bigPageWithoutConversation } from './big-page';
import { parsePage } from './corpus';

function readError(run: () => unknown): AdapterError {
  try {
    run();
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
  throw new Error('expected an AdapterError, but a conversation was read');
}

describe('structural reader on hostile input', () => {
  test('a 50,000-element page with no conversation answers "no conversation found"', () => {
    const { doc, url } = parsePage(bigPageWithoutConversation());
    expect(doc.querySelectorAll('*').length).toBeGreaterThanOrEqual(50_000);
    const error = readError(() => readStructurally(doc, url));
    expect(error.code).toBe('unrecognised-page');
    expect(error.message).toMatch(/^ShowWork couldn't find a conversation on this page\./);
    // How fast is the bench's business (`npm run bench -- structural`: ~19 ms in Chromium); a reader gone
    // quadratic on this page would run past the test's time limit. Parsing 50,000 elements in happy-dom takes most
    // of this test's time on a busy machine (~5 s at idle, 97 s at load ~30).
  }, 300_000);

  // Chromium's HTML parser stops nesting at 512 levels; 2,000 is deeper than any page can be.
  test('2,000 nested wrappers around nothing are refused too (no recursion blow-up)', () => {
    const depth = 2_000;
    const html = `<!doctype html><html><head><meta name="showwork-fixture-url" content="https://deep.example.org/x"></head><body>${'<div>'.repeat(depth)}Hello${'</div>'.repeat(depth)}<textarea></textarea></body></html>`;
    const { doc, url } = parsePage(html);
    expect(readError(() => readStructurally(doc, url)).code).toBe('unrecognised-page');
  });

  test('an empty page and a page of only chrome are refused', () => {
    for (const body of [
      '',
      '<nav><a href="/">Home</a></nav><aside>History</aside><form><textarea></textarea></form>',
    ]) {
      const { doc, url } = parsePage(
        `<html><head><meta name="showwork-fixture-url" content="https://x.example.org/c/1234567"></head><body>${body}</body></html>`,
      );
      expect(readError(() => readStructurally(doc, url)).code).toBe('unrecognised-page');
    }
  });

  test('page HTML is never executed nor kept: only text and Markdown come out', () => {
    const globals = globalThis as { __pwned?: number };
    const html = `<!doctype html><html><head><meta name="showwork-fixture-url" content="https://chat.example.org/c/abc12345"><title>Test - Chat</title></head><body>
<main><div>
<div><div>Show me an &lt;img&gt; tag example. &lt;script&gt;alert(1)&lt;/script&gt;</div><button aria-label="Edit message"></button></div>
<div><div><p>Here <img src="x" onerror="globalThis.__pwned = 1"> is <a href="javascript:globalThis.__pwned=2">a link</a>.</p>
<script>globalThis.__pwned = 3</script><style>p { color: red }</style><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>
<ul><li>Use <code>&lt;img alt=""&gt;</code> always.</li></ul></div><button aria-label="Regenerate"></button></div>
</div><form><textarea></textarea></form></main></body></html>`;
    const { doc, url } = parsePage(html);
    const reading = readStructurally(doc, url);
    expect(globals.__pwned).toBeUndefined();
    const out = JSON.stringify(reading);
    expect(out).not.toContain('__pwned');
    expect(out).not.toContain('onerror');
    expect(out).not.toContain('color: red');
    expect(out).not.toContain('javascript:');
    const [prompt, answer] = reading.conversation!.turns;
    expect(prompt).toMatchObject({ role: 'user', text: 'Show me an <img> tag example. <script>alert(1)</script>' });
    // Typed tags stay text: escaped in Markdown so no renderer reads them as HTML.
    expect(prompt!.markdown).not.toMatch(/(^|[^\\])<script>/);
    expect(answer).toMatchObject({ role: 'assistant', text: 'Here is a link.\n\n- Use <img alt=""> always.' });
  });
});
