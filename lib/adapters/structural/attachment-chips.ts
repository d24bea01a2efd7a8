/**
 * Files attached to a message, shown as chips beside its words: a list the page labels as the message's attachments
 * (`aria-label="Attachments"`), or a link whose whole text is a file's name and size ("rubrica_2ESO.pdf 184 KB"). The
 * file is what was sent, not what was said: issue 8's fixtures leave file chips out of the turn's text. A link the
 * answer writes in its own sentence or list item (a Markdown link to "handout.pdf") stays its words.
 */

// A list's screen-reader label naming a message's attachments, in the languages the reader knows.
const attachmentsLabel =
  /^(attachments?|attached files?|files?|adjuntos|archivos adjuntos|pièces jointes|fichiers joints|anhänge|dateien)$/i;
// A file's name with its extension, then its size or length: "notes.pdf 184 KB", "roster.csv · 2 KB", "plan.docx (3 pages)".
const fileNameAndSize =
  /^[^\s/\\]{1,120}\.[\p{L}\d]{1,5}\s*[·•|,(-]?\s*\d[\d.,]*\s?(b|bytes|kb|kib|mb|mib|gb|pages?|páginas?|seiten)\)?$/iu;
// A file card's whole text: its type's badge ("PDF"), then the file's name, then its size or length if shown.
const fileCardText =
  /^(?:[\p{L}]{2,5}\s+)?[^\s/\\]{1,120}\.[\p{L}\d]{1,5}(?:\s*[·•|,(-]?\s*\d[\d.,]*\s?(b|bytes|kb|kib|mb|mib|gb|pages?|páginas?|seiten)\)?)?$/iu;
// Where a Markdown link stands in the answer's own flow of words.
const proseBlocks = 'p,li,td,th,blockquote';

/** A list labelled as the message's attachments (only lists are asked: the label is read for them alone). */
export function isAttachmentList(el: Element): boolean {
  const label = el.getAttribute('aria-label');
  return label !== null && attachmentsLabel.test(label.trim());
}

/** A link standing alone (not in a paragraph, list item or cell) whose whole text is a file's name and size. */
export function isFileChipLink(link: Element, text: string): boolean {
  return fileNameAndSize.test(text.trim()) && link.parentElement?.closest(proseBlocks) === null;
}

/**
 * A block whose whole text is a file's card ("PDF density-lab-sheet.pdf", "notes.docx 12 KB"): the files sent above
 * a prompt, not the prompt's words — so a message opening with one is not a prompt over its answer.
 */
export function isFileCardText(text: string): boolean {
  return fileCardText.test(text.trim());
}
