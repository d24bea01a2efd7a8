// A disclosure's caption is a toggle's few words ("Reasoning", "Thought for 6 seconds", "3 steps"); a longer summary
// is a sentence of the answer's, shown whether the disclosure is open or not.
const maxSummaryChars = 80;

/**
 * A closed `<details>` with a short summary: a person sees only the summary (a toggle such as "Reasoning" ▸); what it
 * holds stays hidden until it is opened. Before an answer's body it is the tool's (a model's thinking, a tool call's
 * log), not the answer's words (answer-preamble.ts). Told by the element's semantics, not its words or classes.
 */
export function isClosedDisclosure(el: Element): boolean {
  if (el.localName !== 'details' || el.hasAttribute('open')) return false;
  const summary = el.querySelector(':scope > summary');
  return (summary?.textContent ?? '').trim().length <= maxSummaryChars;
}
