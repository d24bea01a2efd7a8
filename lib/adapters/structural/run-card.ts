/**
 * A card above a thread of unmarked turns: a chat widget's banner naming its assistant ("Brújula — the district's
 * assistant for educational technology") sits first in the thread's block, before the bot's greeting, and is read as
 * the first of the turns that alternate typed and rendered text. What tells it from a turn is that the page builds
 * it unlike every turn: none of its classes is on any other kid of the thread, while each turn shares its classes with
 * the other turns of its sender. Compared, never read for words: a redesign renames them everywhere at once.
 */

// Turns the rest of the thread must keep: a greeting, a prompt and its answer.
const minTurnsAfter = 3;

/** True when the first of the thread's kids is such a card (false when any kid lacks a class list). */
export function opensWithCard(kids: readonly Element[]): boolean {
  if (kids.length < minTurnsAfter + 1) return false;
  const classLists = kids.map(classesOf);
  if (classLists.some((classes) => classes.length === 0)) return false;
  const first = new Set(classLists[0]);
  for (let i = 1; i < kids.length; i++) {
    const classes = classLists[i]!;
    if (classes.some((name) => first.has(name))) return false;
    // Each turn is built as another turn of the thread (its sender's).
    if (!classLists.some((other, j) => j !== 0 && j !== i && other.some((name) => classes.includes(name))))
      return false;
  }
  return true;
}

function classesOf(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter((name) => name !== '');
}
