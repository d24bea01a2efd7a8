import { describe, expect, test } from 'vitest';
import { serializeContent, type SerializeOptions } from '../../lib/adapters/markdown/serialize';
import { escapeLineStart, escapeMarkdownText, safeLinkTarget } from '../../lib/adapters/markdown/escape';

/** Test helper: trusted HTML → a detached element (never page content). */
function element(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

function serialize(
  html: string,
  options: Omit<SerializeOptions, 'skip' | 'codeBlocks' | 'preWrap'> & {
    skip?: string;
    codeBlocks?: string;
    preWrap?: string;
  } = {},
) {
  const root = element(html);
  const pick = (selector?: string) => new Set(selector ? Array.from(root.querySelectorAll(selector)) : []);
  return serializeContent([root], {
    skip: pick(options.skip),
    codeBlocks: pick(options.codeBlocks),
    preWrap: pick(options.preWrap),
    baseUrl: options.baseUrl ?? 'https://chat.example/c/1',
  });
}

const katex = (tex: string, display = false) => {
  const k = `<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">${tex}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">GLYPHS</span></span></span>`;
  return display ? `<span class="katex-display">${k}</span>` : k;
};

describe('tables', () => {
  test('become GFM tables with a header row; cells stay on one line and pipes are escaped', () => {
    const { markdown, text } = serialize(
      '<table><thead><tr><th>Name</th><th>Rule</th></tr></thead><tbody><tr><td>Or</td><td><code>a|b</code> or a | b</td></tr><tr><td>Two<br>lines</td></tr></tbody></table>',
    );
    expect(markdown).toBe('| Name | Rule |\n| --- | --- |\n| Or | `a\\|b` or a \\| b |\n| Two lines |  |');
    expect(text).toBe('Name\tRule\nOr\ta|b or a | b\nTwo lines');
  });

  test('without a <thead>, the first row is the header', () => {
    expect(serialize('<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>').markdown).toBe(
      '| a | b |\n| --- | --- |\n| 1 | 2 |',
    );
  });
});

describe('lists', () => {
  test('nested and ordered lists keep their numbering and indentation', () => {
    const { markdown, text } = serialize(
      '<ol start="4"><li><p>Four</p><ul><li>deep <strong>one</strong></li><li>deep two<ol><li>deeper</li></ol></li></ul></li><li>Five</li></ol>',
    );
    expect(markdown).toBe('4. Four\n   - deep **one**\n   - deep two\n     1. deeper\n5. Five');
    expect(text).toBe('4. Four\n   - deep one\n   - deep two\n     1. deeper\n5. Five');
  });

  test('a list item with several paragraphs and a code block stays one item', () => {
    const { markdown } = serialize(
      '<ul><li><p>First</p><p>Second</p><pre><code class="language-js">x()</code></pre></li></ul>',
    );
    expect(markdown).toBe('- First\n\n  Second\n\n  ```js\n  x()\n  ```');
  });
});

describe('code', () => {
  test('blocks keep their language from the class and drop the header and buttons', () => {
    const { markdown, text } = serialize(
      '<pre><div class="header"><span>python</span><button>Copy code</button></div><code class="hljs language-python">print("hi")\n</code></pre>',
    );
    expect(markdown).toBe('```python\nprint("hi")\n```');
    expect(text).toBe('print("hi")');
  });

  test('blocks without a language class take it from the header label, never from Copy/Run', () => {
    const { markdown } = serialize(
      '<div class="block"><div><span>TypeScript</span><button>Copy</button><button><span>Run</span></button></div><pre><code>let a = 1;</code></pre></div>',
      { codeBlocks: '.block' },
    );
    expect(markdown).toBe('```typescript\nlet a = 1;\n```');
  });

  test('CodeMirror lines are joined with newlines and fences outgrow backticks in the code', () => {
    const { markdown } = serialize(
      '<pre><div class="cm-content"><div class="cm-line">```</div><div class="cm-line">x</div></div></pre>',
    );
    expect(markdown).toBe('````\n```\nx\n````');
    const editor = serialize(
      '<pre><div><span>Python</span><button>Copy</button></div><div class="cm-editor"><div class="cm-content"><div class="cm-line">a = 1</div><div class="cm-line">b = 2</div></div></div></pre>',
    );
    expect(editor.markdown).toBe('```python\na = 1\nb = 2\n```');
  });

  test('inline code is literal, with a longer fence when it contains backticks', () => {
    const { markdown, text } = serialize('<p>Run <code>a `b` &lt;c&gt;</code> now</p>');
    expect(markdown).toBe('Run ``a `b` <c>`` now');
    expect(text).toBe('Run a `b` <c> now');
  });
});

describe('math', () => {
  test('KaTeX gives its TeX once, never the rendered glyphs or MathML text', () => {
    const { markdown, text } = serialize(`<p>Area ${katex('\\pi r^2')} here</p>${katex('E = mc^2', true)}`);
    expect(markdown).toBe('Area $\\pi r^2$ here\n\n$$\nE = mc^2\n$$');
    expect(text).toBe('Area \\pi r^2 here\n\nE = mc^2');
    expect(markdown).not.toContain('GLYPHS');
    expect(text).not.toMatch(/GLYPHS|\bx\b/);
  });

  test("Gemini's data-math is read from the attribute; angle brackets become \\lt and \\gt in Markdown", () => {
    const { markdown, text } = serialize(
      '<p>If <span class="math-inline" data-math="a&lt;b"><span class="katex-html" aria-hidden="true">a&lt;b</span></span>:</p><div class="math-block" data-math="x&gt;0">x&gt;0</div>',
    );
    expect(markdown).toBe('If $a\\lt b$:\n\n$$\nx\\gt 0\n$$');
    expect(text).toBe('If a<b:\n\nx>0');
  });
});

describe('links', () => {
  test('http(s) and mailto become Markdown links; relative links resolve against the page', () => {
    const { markdown, text } = serialize(
      '<p><a href="https://example.org/a_(b)">Wiki <em>page</em></a>, <a href="mailto:t@example.org">mail</a>, <a href="/c/2">other chat</a>, <a href="https://example.org/x">https://example.org/x</a></p>',
    );
    expect(markdown).toBe(
      '[Wiki *page*](https://example.org/a_%28b%29), [mail](mailto:t@example.org), [other chat](https://chat.example/c/2), [https://example.org/x](https://example.org/x)',
    );
    expect(text).toBe(
      'Wiki page (https://example.org/a_%28b%29), mail (mailto:t@example.org), other chat (https://chat.example/c/2), https://example.org/x',
    );
  });

  test('javascript:, data: and other schemes keep their text and lose the link', () => {
    const { markdown, text } = serialize(
      '<p><a href="javascript:alert(1)">one</a> <a href=" JaVaScRiPt:alert(1)">two</a> <a href="data:text/html,x">three</a> <a href="vbscript:x">four</a> <a>five</a></p>',
    );
    expect(markdown).toBe('one two three four five');
    expect(text).toBe('one two three four five');
    expect(safeLinkTarget('javascript:alert(1)', undefined)).toBeNull();
    expect(safeLinkTarget('https://ok.example/', undefined)).toBe('https://ok.example/');
  });
});

describe('hostile text', () => {
  test('HTML-looking text is escaped in Markdown and kept as typed in text', () => {
    const { markdown, text } = serialize(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp;lt; *a* _b_ [c](d) ~e~ $f</p>',
    );
    expect(text).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)> &lt; *a* _b_ [c](d) ~e~ $f');
    expect(markdown).toBe(
      '\\<script>alert(1)\\</script> \\<img src=x onerror=alert(1)> &amp;lt; \\*a\\* \\_b\\_ \\[c\\](d) \\~e\\~ \\$f',
    );
  });

  test('script, style, images, buttons and hidden labels are left out', () => {
    const { markdown } = serialize(
      '<p>Keep<script>bad()</script><style>p{}</style><img src=x onerror="bad()"><button>Copy</button><span class="sr-only">You said:</span><span aria-hidden="true">icon</span><span hidden>hidden</span><span class="cdk-visually-hidden">You said</span> this</p>',
    );
    expect(markdown).toBe('Keep this');
  });

  test('bidi and zero-width characters, RTL and CJK text are kept', () => {
    const content = 'a\u200bb \u202ecba\u202c \u2067שלום\u2069 مرحبا 你好 👩🏽‍🏫';
    const { markdown, text } = serialize(`<p dir="auto">${content}</p>`);
    expect(text).toBe(content);
    expect(markdown).toBe(content);
  });

  test('text that looks like Markdown blocks does not become one', () => {
    expect(serialize('<p># h</p><p>- item</p><p>1. item</p><p>&gt; quote</p><p>---</p>').markdown).toBe(
      '\\# h\n\n\\- item\n\n1\\. item\n\n\\> quote\n\n\\---',
    );
    expect(escapeLineStart('2024) year')).toBe('2024\\) year');
    expect(escapeMarkdownText('snake_case and _em_')).toBe('snake_case and \\_em\\_');
  });
});

describe('text layout', () => {
  test('pre-wrap prompts keep line breaks as hard breaks and blank lines as paragraphs', () => {
    const { markdown, text } = serialize('<div class="raw">line one\n  line two\n\n\nnext para </div>', {
      preWrap: '.raw',
    });
    expect(text).toBe('line one\n  line two\n\n\nnext para');
    expect(markdown).toBe('line one\\\nline two\n\nnext para');
  });

  test('ordinary whitespace collapses like HTML; <br> is a hard break', () => {
    const { markdown, text } = serialize('<p>\n   Several\n   spaces <b> bold </b>and<br>\n next</p>');
    expect(markdown).toBe('Several spaces **bold** and\\\nnext');
    expect(text).toBe('Several spaces bold and\nnext');
  });

  test('emphasis and links keep padding spaces outside, drop when empty, and survive a block inside them', () => {
    expect(
      serialize('<p><strong>Note: </strong>text, <em> </em>x<a href="https://a.example/"> site </a>.</p>').markdown,
    ).toBe('**Note:** text, x [site](https://a.example/) .');
    expect(serialize('<strong>one<div>two</div>three</strong>').markdown).toBe('**one**\n\n**two**\n\n**three**');
  });

  test('headings, blockquotes and rules', () => {
    const { markdown, text } = serialize(
      '<h2>Title <em>x</em></h2><blockquote><p>a</p><p>b</p></blockquote><hr><h4>End</h4>',
    );
    expect(markdown).toBe('## Title *x*\n\n> a\n>\n> b\n\n---\n\n#### End');
    expect(text).toBe('Title x\n\n> a\n>\n> b\n\n---\n\nEnd');
  });

  test('the adapter-supplied skip set removes site chrome', () => {
    expect(
      serialize('<p>Answer</p><div class="toolbar"><span>Export to Sheets</span></div>', { skip: '.toolbar' }).text,
    ).toBe('Answer');
  });

  test('a long answer is read whole, in one pass', () => {
    const paragraph = `<p>${'word '.repeat(200)}</p>`;
    const { text } = serialize(paragraph.repeat(500));
    expect(text.split(/\s+/).length).toBe(100_000);
  });
});
