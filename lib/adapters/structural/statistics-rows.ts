import type { ClassifiedBlock } from './classify-roles';
import { visibleText, type PageScan } from './page-scan';
import { isStatisticsLine, maxStatisticsChars } from './statistics-line';

/**
 * Without an answer's statistics row read as a part of its own: where an answer's parts were read apart (its
 * header, its body, its footer of buttons and "4.1s · 618 tokens"), the footer's statistics line is a block whose
 * whole text is measures, after another part of the answer. strip-chrome.ts leaves a block that is nothing but such a
 * line whole (it strips lines at a message's edge, never a whole message), so it is dropped here, once roles are
 * known: only after an answer's part. A prompt of measures stays the teacher's.
 */
export function withoutStatisticsRows(blocks: readonly ClassifiedBlock[], scan: PageScan): readonly ClassifiedBlock[] {
  return blocks.filter(
    (block, i) =>
      i === 0 ||
      block.role !== 'assistant' ||
      blocks[i - 1]!.role !== 'assistant' ||
      !isStatisticsLine(visibleText(block.el, scan, maxStatisticsChars + 1)),
  );
}
