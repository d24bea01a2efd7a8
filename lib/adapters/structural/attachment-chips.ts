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
