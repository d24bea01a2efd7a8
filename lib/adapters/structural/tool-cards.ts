import { visibleText, type PageScan } from './page-scan';

/**
 * A card the tool puts under an answer for something it made in the app: a kind and its state over a title ("Space ·
 * Borrador" / "Recetas proporcionales", "Quiz · Draft" / "Unit rates check"), with the app's own buttons to open or
 * launch it (SchoolAI in held-out set 10). Its lines name the app's object, not what the answer says, and its buttons
 * are no message's actions. Told apart from a line of the answer holding a separator by the card's shape: its kind
 * line stands alone, a title is beside it, the whole is a few words, and the buttons are the card's own.
 */

// "Space · Borrador", "Quiz · Draft": one word naming the kind, then a few words of state.
const kindLine = /^\p{L}[\p{L}\d-]{0,19}\s*[∙·•]\s*[\p{L}\d .-]{1,20}$/u;
// A card's text: a title and a line or two, no sentence ("Recetas proporcionales", "Matemáticas · 1.º ESO").
const maxCardChars = 160;

/**
 * The card `subtitle` opens or labels, when it is a tool's card: the nearest of its parent and grandparent holding
 * buttons of its own with little text; null when it is not one.
 */
export function toolCardOf(subtitle: Element, text: string, scan: PageScan): Element | null {
  if (!kindLine.test(text)) return null;
  const lines = subtitle.parentElement;
  if (lines === null || lines.childElementCount < 2) return null;
  for (let card: Element | null = lines, level = 0; card !== null && level < 2; card = card.parentElement, level++) {
    if (visibleText(card, scan, maxCardChars + 1).length > maxCardChars) return null;
    if (scan.markup.buttonsInside(card).length > 0) return card;
  }
  return null;
}
