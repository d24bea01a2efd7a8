/**
 * A simulated site redesign (issue 8): every class, id, `data-*` attribute name and value, non-standard
 * attribute and custom element is renamed consistently (as a new build of the site would), scripts are dropped;
 * text, standard tags, standard attributes and ARIA stay. Used on every known-site fixture and on generated pages.
 * Works on a live Document, so the benchmark can apply it inside Chromium too.
 */

// Attributes HTML, SVG and MathML define, kept as they are (ARIA too).
const standardAttributes = new Set([
  'role',
  'href',
  'src',
  'alt',
  'title',
  'lang',
  'dir',
  'type',
  'name',
  'style',
  'tabindex',
  'hidden',
  'contenteditable',
  'placeholder',
  'colspan',
  'rowspan',
  'start',
  'value',
  'for',
  'target',
  'rel',
  'width',
  'height',
  'viewbox',
  'xmlns',
  'd',
  'fill',
  'stroke',
  'display',
  'encoding',
  'disabled',
  'checked',
  'open',
  'datetime',
  'content',
  'charset',
  'autocomplete',
  'spellcheck',
  'draggable',
  'translate',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'cx',
  'cy',
  'r',
  'x',
  'y',
  'points',
  'loading',
  'decoding',
  'srcset',
  'sizes',
  'rows',
  'cols',
  'accept',
  'multiple',
  'selected',
  'readonly',
  'required',
  'maxlength',
  'method',
  'action',
  'inputmode',
  'enterkeyhint',
  'scope',
  'headers',
  'reversed',
  'cite',
  'download',
  'referrerpolicy',
  'id',
  'class',
]);
const idReferences = new Set([
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'for',
  'aria-activedescendant',
]);

function hashOf(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const renamed = (prefix: string, s: string) => `${prefix}${hashOf(s)}`;

function renameAttributes(el: Element): void {
  for (const { name, value } of Array.from(el.attributes)) {
    if (name === 'class') {
      const classes = value.split(/\s+/).filter((c) => c !== '');
      el.setAttribute('class', classes.map((c) => renamed('c', c)).join(' '));
    } else if (name === 'id') el.setAttribute('id', renamed('i', value));
    else if (idReferences.has(name)) {
      el.setAttribute(
        name,
        value
          .split(/\s+/)
          .filter((v) => v !== '')
          .map((v) => renamed('i', v))
          .join(' '),
      );
    } else if (name.startsWith('data-')) {
      el.removeAttribute(name);
      el.setAttribute(renamed('data-', name), value === '' ? '' : renamed('v', value));
    } else if (!name.startsWith('aria-') && !standardAttributes.has(name.toLowerCase()) && !name.includes(':')) {
      el.removeAttribute(name);
      el.setAttribute(renamed('x', name), value === '' ? '' : renamed('v', value));
    }
  }
  // A fragment link to a renamed id keeps pointing at it.
  const href = el.getAttribute('href');
  if (href !== null && href.startsWith('#') && href.length > 1)
    el.setAttribute('href', '#' + renamed('i', href.slice(1)));
}

/** Rewrites `doc` in place as the same page after a redesign. */
export function redesignDocument(doc: Document): void {
  for (const script of Array.from(doc.querySelectorAll('script'))) script.remove();
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (el.localName === 'meta') continue;
    renameAttributes(el);
  }
  // Custom elements (<user-query>, <message-content>) become other custom elements; children move along.
  for (const el of Array.from(doc.querySelectorAll('*')).reverse()) {
    if (!el.localName.includes('-')) continue;
    const replacement = doc.createElement(renamed('x-', el.localName));
    for (const { name, value } of Array.from(el.attributes)) replacement.setAttribute(name, value);
    while (el.firstChild !== null) replacement.appendChild(el.firstChild);
    el.replaceWith(replacement);
  }
}
