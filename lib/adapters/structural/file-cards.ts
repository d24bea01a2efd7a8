import { visibleText, type PageScan } from './page-scan';

/**
 * A file a bot sends inside its answer, shown as a card: a title, a line naming the file's kind and size ("PDF · 184
 * KB", "DOCX · 2 pages"), often a sentence describing it, and a link or button to download it. The title and the
 * description are what the bot says about the file, and a teacher reads them; the kind-and-size line is the file's
 * metadata and the download link a control (its label, "Descargar", would be stored with its address). A card with
 * no description (a side document's "Document ∙ Version 1") is the tool's as a whole: strip-chrome.ts
 * stripAttachmentCards.
 */

// The file's size or length after its kind: "184 KB", "1.2 MB", "3 pages".
const fileMeasure = /^[\p{L}\d .-]{0,20}?\d[\d.,]* ?(b|bytes|kb|kib|mb|mib|gb|pages?|páginas?|seiten)$/iu;
// A control's label: a word or two ("Download", "Descargar", "Open file").
const maxControlWords = 2;
const maxControlChars = 24;

/** True when a card subtitle's part after its separator is a file's size or length. */
export function namesFileSize(afterSeparator: string): boolean {
  return fileMeasure.test(afterSeparator.trim());
}

/**
 * The parts of a file card that are the tool's: its kind-and-size line and its short links (download, open). The
 * card's first text, its title, stays even when it is a link.
 */
export function fileCardChrome(card: Element, subtitle: Element, scan: PageScan): Element[] {
  const parts: Element[] = [subtitle];
  const links = card.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.contains(subtitle) || scan.chrome.has(link)) continue;
    const text = visibleText(link, scan, maxControlChars + 1);
    if (text === '' || text.length > maxControlChars || text.split(' ').length > maxControlWords) continue;
    // The title opens the card: a link holding the card's first text is the file's name, not a control.
    if (visibleText(card, scan, text.length).startsWith(text)) continue;
    parts.push(link);
  }
  return parts;
}
