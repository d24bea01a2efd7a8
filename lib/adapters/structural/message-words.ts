import { edgeContentText, type PageScan } from './page-scan';

/**
 * Whether a block found among the messages shows anything a person wrote: a letter, a digit or an emoji (a prompt may
 * be a lone 👍). A block whose text is only punctuation is what is left of a control row once its buttons are passed
 * over ("Collapse thread · Reply to thread" under a thread leaves its "·"), never a message.
 */
const writtenChar = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

export function hasWrittenText(el: Element, scan: PageScan): boolean {
  // A message's first text nearly always holds a word: the walk stops there.
  return edgeContentText(el, scan, false, (text) => writtenChar.test(text.data)) !== null;
}
