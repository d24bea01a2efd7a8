/**
 * A thread whose messages say nothing of their roles: a chat widget's groups of bubbles, one group per sender's turn,
 * with no role word, button or label left once a redesign renamed its classes. What still shows it a thread is the
 * turns' shape: the tool's turns are rendered Markdown (paragraphs, lists, tables) and the teacher's are typed text,
 * one after the other. Asked only of the block just above a composer (the thread's place in a chat's frame), so never
 * of an article's sections elsewhere on a page; the reading's own checks (a conversation opens with a prompt or the
 * tool's greeting) still apply to what is read.
 */

// Turns at least: a greeting, a prompt and its answer.
const minTurns = 3;
const headings = 'h1,h2,h3,h4,h5,h6';

/**
 * True when the kids are turns alternating between typed text and rendered Markdown, both kinds present. `isContent`
 * says which kids are Markdown blocks themselves (a message's own paragraphs: no turns); `isRich` which kids render
 * Markdown. Stops at the first kid that breaks the alternation.
 */
export function alternatesPlainAndRich(
  kids: readonly Element[],
  isContent: (index: number) => boolean,
  isRich: (el: Element) => boolean,
): boolean {
  if (kids.length < minTurns) return false;
  let previous: boolean | undefined;
  for (let i = 0; i < kids.length; i++) {
    if (isContent(i)) return false;
    const rich = isRich(kids[i]!);
    // A typed turn has no heading: sections of an article (a heading over a paragraph) are no prompts.
    if (rich === previous || (!rich && kids[i]!.querySelector(headings) !== null)) return false;
    previous = rich;
  }
  return true;
}
