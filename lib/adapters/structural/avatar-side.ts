import type { MessageBlock } from './find-messages';
import { edgeContentText, type PageScan } from './page-scan';

/**
 * Which side of a chat is the tool's when nothing on the page names a role (a support messenger's or a bot builder's
 * widget once its classes are renamed): the side that shows an avatar. A widget puts the bot's picture (or its logo)
 * at the head of each of its turns and none beside the visitor's, who knows who they are; the turns alternate between
 * the two. Only where every turn of one side opens with a picture and no turn of the other does, turn after turn:
 * pages that show both sides' pictures, or a photo a teacher sent in one prompt, say nothing this way.
 */

// Turns on each side at least: one picture before one message is no pattern.
const minTurnsPerSide = 2;
const pictureSelector = 'img,svg,[role="img"]';

/** Whether the block opens with a picture: one before its first content text, outside any control. */
function opensWithPicture(block: Element, scan: PageScan): boolean {
  const pictures = block.querySelectorAll(pictureSelector);
  if (pictures.length === 0) return false;
  const text = edgeContentText(block, scan, false);
  for (const picture of pictures) {
    const control = picture.closest('button,[role="button"],a');
    if (control !== null && block.contains(control)) continue;
    // DOCUMENT_POSITION_FOLLOWING (4): the text comes after the picture.
    return text === null || (picture.compareDocumentPosition(text) & 4) !== 0;
  }
  return false;
}

/**
 * For each block, true when it is on the side that shows an avatar; null when the blocks do not alternate between a
 * side that always opens with a picture and one that never does.
 */
export function avatarSides(blocks: readonly MessageBlock[], scan: PageScan): boolean[] | null {
  if (blocks.length < 2 * minTurnsPerSide) return null;
  const sides: boolean[] = [];
  let pictured = 0;
  for (let i = 0; i < blocks.length; i++) {
    const side = opensWithPicture(blocks[i]!.el, scan);
    if (i > 0 && side === sides[i - 1]) return null;
    if (side) pictured++;
    sides.push(side);
  }
  return pictured >= minTurnsPerSide && blocks.length - pictured >= minTurnsPerSide ? sides : null;
}
