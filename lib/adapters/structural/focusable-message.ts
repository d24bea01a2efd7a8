/**
 * A message made focusable: some chat widgets give each bubble `role="button"` (to select, copy or act on it with
 * the keyboard) and an `aria-label` that repeats the start of its text, often after a sender lead ("user's
 * message: Here are my notes…", "bot's message: Here is a quiz…"). Read as a control, the whole conversation was
 * chrome and the page had no messages (Gradio's chatbot, 2026-12). A control's label names what it does, and a
 * control holds no rendered Markdown: a `role="button"` element holding prose blocks whose label repeats the first
 * words of its own text is a message, not a control.
 */

// Rendered Markdown blocks: a control's caption is never one of these.
const proseBlocks = 'p,ul,ol,pre,table,blockquote,h1,h2,h3,h4,h5,h6';
// A sender lead before the repeated text ("user's message:", "Bot said:"): a few words and a colon.
const senderLead = /^[^:]{1,40}:\s*/u;
const wordPattern = /[\p{L}\p{N}]+/gu;
// Words of the label that must open the element's text: enough that a caption ("Copy message") never passes.
const minRepeatedWords = 3;
const maxRepeatedWords = 6;
// How much of the element's text is read to compare: its first words only, whatever the message's length.
const maxTextChars = 200;

function wordsOf(text: string, max: number): string[] {
  return (text.toLowerCase().match(wordPattern) ?? []).slice(0, max);
}

/** The first `max` characters of `el`'s text (a short walk of its first text nodes, not its whole subtree). */
function leadingText(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let out = '';
  for (let node = walker.nextNode(); node !== null && out.length < max; node = walker.nextNode()) {
    out += ` ${(node as Text).data}`;
  }
  return out;
}

/** True when `el` (a `role="button"` element that is no `<button>`) is a message made focusable, not a control. */
export function isFocusableMessage(el: Element): boolean {
  const label = el.getAttribute('aria-label');
  if (label === null) return false;
  const textWords = wordsOf(leadingText(el, maxTextChars), maxRepeatedWords + 1);
  // With its sender lead or without it (the text itself may open with "Answer key:").
  const repeats = (labelText: string) => {
    const labelWords = wordsOf(labelText, maxRepeatedWords);
    // The label repeats the text's start; the text goes on past it (a caption that is the whole text is a control's).
    return (
      labelWords.length >= minRepeatedWords &&
      textWords.length > labelWords.length &&
      labelWords.every((word, i) => textWords[i] === word)
    );
  };
  if (!repeats(label) && !repeats(label.replace(senderLead, ''))) return false;
  return el.querySelector(proseBlocks) !== null;
}
