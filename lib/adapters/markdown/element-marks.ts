/**
 * The preliminary native queries of the serializer: which elements under a root are chrome, math, code blocks or
 * pre-wrap text. Found once per capture so the walk itself reads only node types, tag names and text (see
 * serialize.ts for the measurements behind this).
 */

/** What the preliminary queries found about an element, as bit flags. */
export type ElementMarks = Map<Element, number>;
export const markSkip = 1;
export const markCode = 2;
export const markMath = 4;
export const markPreWrap = 8;

// Tags whose content is never conversation text: controls, media, embedded documents, icon fonts. Checked by
// tag name during the walk, which costs nothing (the walk reads every tag name anyway).
export const skippedTags: ReadonlySet<string> = new Set([
  'button',
  'svg',
  'script',
  'style',
  'noscript',
  'template',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'input',
  'textarea',
  'select',
  'object',
  'embed',
  'link',
  'meta',
  'mat-icon',
]);

/**
 * Chrome hidden by markup, and math: found by one native query. Tailwind's "sr-only" (ChatGPT, Claude, Copilot)
 * and Angular CDK's "cdk-visually-hidden" (Gemini) are the screen-reader-only labels ("You said:", "ChatGPT
 * said:"). Measured in Chromium on a 300,000-word page: this query takes a few milliseconds, where reading these
 * attributes element by element took longer than the whole walk. Its cost grows with the number of selectors
 * (each one is tried on every element of the page: ~4-5 ms per selector on a 350,000-element page, 2026-11-30),
 * so what the walk can tell by tag name is left to the walk: <math> and <mjx-container> (walk.ts), and a
 * display formula's `.katex-display` wrapper, which render-math.ts reads from its `.katex` child.
 */
const hiddenSelector = [
  '[hidden]',
  '[aria-hidden="true"]',
  '.sr-only',
  '.cdk-visually-hidden',
  '.visually-hidden',
  // A control built from a <span> (nuncaeslupus parser-gotchas.md §5). Other roles are left to the sites'
  // chrome lists: every [role=…] attribute selector here cost ~2 ms on a 300,000-word page.
  '[role="button"]',
].join(',');
// KaTeX (ChatGPT, Claude, Copilot, Perplexity) and Gemini's data-math; bare MathML and MathJax 3 by tag name.
const mathSelector = '.katex,[data-math]';
// Marked pure: the content script does not use it, and its bundler would keep the template's evaluation.
export const hiddenOrMathSelector = /* @__PURE__ */ [hiddenSelector, mathSelector].join(',');

function isMath(el: Element): boolean {
  return el.hasAttribute('data-math') || el.classList.contains('katex');
}

/**
 * The serializer's own mark of an element matching `hiddenOrMathSelector` (math, or else chrome): what
 * markElements and markMatcher give it. For callers that found such elements in a query of their own.
 */
export function hiddenOrMathMark(el: Element): number {
  return isMath(el) ? markMath : markSkip;
}

/** Site selectors (comma-joined lists) whose matches get a mark; empty strings are ignored. */
export interface MarkSelectors {
  readonly skip?: string;
  readonly codeBlock?: string;
  readonly preWrap?: string;
}

/**
 * Marks every element under `scopes` that the walk must treat specially, with native queries; also returns the
 * <pre> elements (for finding code blocks the site's selectors did not name).
 */
export function markElements(
  scopes: readonly Element[],
  site: MarkSelectors = {},
): { marks: ElementMarks; pres: Element[] } {
  const marks: ElementMarks = new Map();
  const pres: Element[] = [];
  const siteGroups = groupsOf(site);
  const siteSelector = siteGroups.map(([selector]) => selector).join(',');
  // The <pre> elements come from the same query as the site's marks: one pass over the page instead of two.
  const query = siteSelector === '' ? 'pre' : `${siteSelector},pre`;
  const last = siteGroups.length - 1;
  for (const scope of scopes) {
    const generic = scope.querySelectorAll(hiddenOrMathSelector);
    for (let i = 0; i < generic.length; i++) {
      const el = generic[i]!;
      marks.set(el, hiddenOrMathMark(el));
    }
    const matched = scope.querySelectorAll(query);
    for (let i = 0; i < matched.length; i++) {
      const el = matched[i]!;
      const isPre = el.localName === 'pre';
      if (isPre) pres.push(el);
      let siteFlags = 0;
      for (let g = 0; g <= last; g++) {
        const [selector, flag] = siteGroups[g]!;
        // Matched by the joined selector (not only as a <pre>) and by no earlier group: it is in the last one.
        if ((g === last && siteFlags === 0 && !isPre) || el.matches(selector)) siteFlags |= flag;
      }
      if (siteFlags !== 0) marks.set(el, (marks.get(el) ?? 0) | siteFlags);
    }
  }
  return { marks, pres };
}

function groupsOf(site: MarkSelectors): (readonly [string, number])[] {
  return (
    [
      [site.skip ?? '', markSkip],
      [site.codeBlock ?? '', markCode],
      [site.preWrap ?? '', markPreWrap],
    ] as const
  ).filter(([selector]) => selector !== '');
}

/**
 * The marks markElements would give one element, found by matching it against the same selectors when the walk
 * reaches it, instead of querying the whole page first. Cheaper where the walk skips much of the page: a
 * selector query tries every selector on every element, KaTeX's glyph spans (40 % of a math-heavy answer's
 * elements) and icons included, which the walk never enters (400-turn ChatGPT page, 2026-11-30: the two page
 * queries took 87 ms, a walk matching each element it enters 46 ms, its own traversal included).
 *
 * Each `matches` call costs far more than the selectors it tries (2026-12-01, Chromium: 0.25 µs with eleven, 0.11
 * µs with one), so an element that matches anything is asked as few more questions as possible: only the groups
 * whose entries can match its tag, the last one taken as given when no other matched, and, with `forWalk`, only
 * until the walk knows what to do with it (chrome is skipped whatever else it is; math is written as TeX unless it
 * is a code block). Reading a 400-turn page (bench pages, 2026-12-01) asked Perplexity's 261,000 questions, 159,000
 * now; ChatGPT's 130,000, 98,000.
 */
export function markMatcher(site: MarkSelectors = {}): (el: Element, tag?: string, forWalk?: boolean) => number {
  const groups = groupsOf(site);
  const bareTags = bareTagsOf(groups.map(([selector]) => selector).join(','));
  const anyTag = bareTags.has('*');
  // Chrome first (the commonest match: citation pills), then the serializer's own math and hidden markup.
  const ordered = [
    ...groups.filter(([, flag]) => flag === markSkip),
    [mathSelector, markMath] as const,
    [hiddenSelector, markHidden] as const,
    ...groups.filter(([, flag]) => flag !== markSkip),
  ];
  const plans = new Map<string, { any: string; tests: (readonly [string, number])[] }>();
  return (el, tag = el.localName, forWalk = false) => {
    if (!anyTag && !el.hasAttributes() && !bareTags.has(tag)) return 0;
    let plan = plans.get(tag);
    if (plan === undefined) {
      const tests = ordered
        .map(([selector, flag]) => [entriesFor(selector, tag), flag] as const)
        .filter(([selector]) => selector !== '');
      plans.set(tag, (plan = { any: tests.map(([selector]) => selector).join(','), tests }));
    }
    const { any, tests } = plan;
    if (!el.matches(any)) return 0;
    let flags = 0;
    for (let i = 0; i < tests.length; i++) {
      const [selector, flag] = tests[i]!;
      // Hidden math is math (KaTeX's .katex is never chrome); a math element's other flags matter only if it is code.
      if (flags & markMath && (flag === markHidden || (forWalk && flag === markPreWrap))) continue;
      // The element matched one of the tests: with none matched so far, it is the last.
      if ((flags === 0 && i === tests.length - 1) || el.matches(selector)) {
        flags |= flag === markHidden ? markSkip : flag;
        if (forWalk && flag !== markMath) return flags;
      }
    }
    return flags;
  };
}

/** The serializer's hidden markup while matching: chrome, unless the element is also math. */
const markHidden = 16;

/** The entries of `list` (comma-joined selectors) that can match an element named `tag`, comma-joined. */
function entriesFor(list: string, tag: string): string {
  return list
    .split(',')
    .filter((entry) => {
      const named = tagOf(entry);
      return named === '*' || named === tag;
    })
    .join(',');
}

/**
 * The tag name an entry's last compound requires (`pre`, `span[data-x]`, `ul li`), or '*' when it requires none or
 * this cannot tell (`.x`, `[x]`, `*`, anything with parentheses or a namespace).
 */
function tagOf(entry: string): string {
  const last = lastCompound(entry);
  const name = /^[a-z][a-z0-9-]*/i.exec(last);
  return name === null || /[()|]/.test(last) ? '*' : name[0].toLowerCase();
}

function lastCompound(entry: string): string {
  return entry
    .trim()
    .split(/[\s>+~]+/)
    .pop()!;
}

/**
 * Which elements without attributes the site's selectors could match: the tag names of entries whose last compound
 * is a bare tag (`pre`, `code-block`, `ul li`), or '*' (every element) when an entry's last compound needs no
 * class, id or attribute in a way this cannot tell (`*`, `li:first-child`, `p:not(.x)`).
 */
function bareTagsOf(list: string): ReadonlySet<string> {
  const tags = new Set<string>();
  for (const entry of list.split(',')) {
    const last = lastCompound(entry);
    if (/^[a-z][a-z0-9-]*$/i.test(last)) tags.add(last.toLowerCase());
    else if (last.includes('(') || !/[.#[]/.test(last)) tags.add('*');
  }
  return tags;
}

export function addMarks(marks: ElementMarks, elements: Iterable<Element> | undefined, flag: number): void {
  if (elements === undefined) return;
  for (const el of elements) marks.set(el, (marks.get(el) ?? 0) | flag);
}
