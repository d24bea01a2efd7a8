/**
 * A thread built of exchanges: each of its kids holds one prompt over its answer (a help widget's question shown as a
 * bold title row, then the answer's card with its sources and feedback row), with no role word, button or label that
 * tells the two apart. Asked only of the block just above a composer (a thread's place in a chat's frame), so never
 * of an article's sections elsewhere on a page.
 */

// Exchanges at least: one prompt over a rendered block is any article's heading over its section.
const minExchanges = 2;

const headings = 'h1,h2,h3,h4,h5,h6';

/**
 * True when every kid of the level is an exchange (`isExchange`: a plain block, then rendered ones, not one sender's
 * bubbles) and there are two at least. `promptOf` gives an exchange's first part: a heading there makes the kid an
 * article's section (a question heading over its answer on a FAQ page), not a teacher's prompt.
 */
export function isThreadOfExchanges<L extends { readonly kids: readonly Element[] }>(
  level: L,
  isExchange: (level: L, index: number) => boolean,
  promptOf: (level: L, index: number) => Element | undefined,
): boolean {
  if (level.kids.length < minExchanges) return false;
  for (let i = 0; i < level.kids.length; i++) {
    if (!isExchange(level, i)) return false;
    const prompt = promptOf(level, i);
    if (prompt === undefined || prompt.matches(headings) || prompt.querySelector(headings) !== null) return false;
  }
  return true;
}
