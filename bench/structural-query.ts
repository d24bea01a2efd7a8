/**
 * What the structural reader's page query costs, alternative by alternative: on each redesigned 400-turn page (or
 * the page as it is, with NOREDESIGN=1), the elements, innerText, the whole query as markup-index.ts builds it, each
 * of its alternatives alone (hits and time), and its classes found by getElementsByClassName instead. Wall time
 * in the page, min of QUERY_RUNS (7 by default): only indicative on a loaded machine. Not part of `npm run bench`: a
 * tool for deciding which alternatives earn their cost.
 *
 *   npx tsx bench/structural-query.ts [site …]
 */
import { chromium } from 'playwright-core';
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/harness';
import type { SiteAdapter } from '../lib/adapters/types';
import { pageSelector } from '../lib/adapters/structural/markup-index';
import { allSites, bundle, openGeneratedConversation, root } from './ab-kit';

const runs = Number(process.env.QUERY_RUNS ?? 7);

const helper = `
import { redesignDocument } from './tests/adapters/structural/redesign';
globalThis.__redesign = () => redesignDocument(document);
`;

// The alternatives inside the query's one :is() list (none of them holds a comma or parentheses).
const alternatives = pageSelector.slice(':is('.length, -1).split(',');
// Its class alternatives, also found by getElementsByClassName for comparison (one native walk per class).
const classes = alternatives.filter((selector) => /^\.[\w-]+$/.test(selector)).map((selector) => selector.slice(1));

// Run in the page as a string (tsx would wrap a function with its `__name` helper, unknown in the page). Each class
// is looked up under a fresh name as well as its own, so that a collection cached by an earlier run is not timed.
const measure = (selectors: readonly string[], classes: readonly string[]) => `(() => {
  const time = (run) => {
    let best = Infinity, hits = 0;
    for (let i = 0; i < ${runs}; i++) { const s = performance.now(); hits = run(i); best = Math.min(best, performance.now() - s); }
    return best.toFixed(1) + ' ms, ' + hits + ' hits';
  };
  const body = document.body;
  const out = { elements: body.getElementsByTagName('*').length + ' elements', innerText: time(() => body.innerText.length) };
  for (const selector of ${JSON.stringify(selectors)}) out[selector] = time(() => body.querySelectorAll(selector).length);
  out['getElementsByClassName (' + ${JSON.stringify(classes.join(' '))} + ')'] = time((i) => {
    let n = 0;
    for (const name of ${JSON.stringify(classes)}) { n += body.getElementsByClassName(name).length; body.getElementsByClassName(name + '-' + i).length; }
    return n;
  });
  return out;
})()`;

async function main(): Promise<void> {
  const sites = process.argv.slice(2).length > 0 ? (process.argv.slice(2) as SiteAdapter['id'][]) : allSites;
  const script = await bundle(helper, root);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  try {
    for (const site of sites) {
      const page = await browser.newPage();
      await openGeneratedConversation(page, site, [script]);
      if (process.env.NOREDESIGN === undefined) await page.evaluate('globalThis.__redesign()');
      const figures = (await page.evaluate(measure([pageSelector, ...alternatives], classes))) as Record<
        string,
        string
      >;
      console.log(`\n${site}${process.env.NOREDESIGN === undefined ? ' (redesigned)' : ''}:`);
      for (const [what, figure] of Object.entries(figures)) console.log(`  ${what}: ${figure}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
