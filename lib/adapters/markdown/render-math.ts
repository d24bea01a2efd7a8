import type { Writer } from './markdown-writer';

/** Math as TeX, once. False when `el` is only part of a formula (e.g. KaTeX's inner spans), to walk it as usual. */
export function renderMath(el: Element, tag: string, writer: Writer): boolean {
  const data = el.getAttribute('data-math');
  if (data !== null) {
    // Gemini keeps the TeX in an attribute and renders only KaTeX's HTML glyphs.
    emitMath(data.trim(), tag === 'div' || el.classList.contains('math-block'), writer);
    return true;
  }
  if (tag === 'math' || tag === 'mjx-container') {
    const source = el.querySelector(texAnnotation) ?? el.querySelector('mjx-assistive-mml') ?? el;
    const display = tag === 'math' ? el.getAttribute('display') === 'block' : el.getAttribute('display') === 'true';
    emitMath(source.textContent!.trim(), display, writer);
    return true;
  }
  // KaTeX renders a formula three times (MathML, its TeX annotation, and HTML glyphs): keep the TeX once.
  let display: boolean;
  let katex: Element;
  if (el.classList.contains('katex-display')) {
    display = true;
    katex = el.querySelector('.katex') ?? el;
  } else if (el.classList.contains('katex')) {
    // element-marks.ts marks the .katex element, not its .katex-display wrapper (one selector fewer per element).
    display = el.parentElement?.classList.contains('katex-display') === true;
    katex = el;
  } else return false;
  const source =
    katex.querySelector(texAnnotation) ??
    katex.querySelector('.katex-mathml') ??
    katex.querySelector('.katex-html') ??
    katex;
  emitMath(source.textContent!.trim(), display, writer);
  return true;
}

const texAnnotation = 'annotation[encoding="application/x-tex"]';

// `<` and `>` inside math could open raw HTML in a renderer without a math plugin; KaTeX and MathJax read
// \lt and \gt as the same symbols, so the TeX keeps its meaning.
const angleBrackets = /[<>]/g;

function emitMath(tex: string, display: boolean, writer: Writer): void {
  if (tex === '') return;
  const md = tex.replace(angleBrackets, (c) => (c === '<' ? '\\lt ' : '\\gt '));
  if (display) writer.block({ md: `$$\n${md}\n$$`, text: tex });
  else writer.addRaw(`$${md}$`, tex);
}
