import type { Detection } from './detection';
import { classifyFieldName } from './field-names';
import type { RedactionKind } from './kinds';
import { detectFieldValue } from './patterns';
import type { TextBlock } from './text-structure';

type RowBlock = Extract<TextBlock, { type: 'row' }>;

/**
 * A table of one child's supports or health under a note that named the child by a label ("**Student:** Jaylen
 * Brooks" over "| Area | Accommodation | Reason |"): a 504 or IEP summary, a health plan, a sub's page on one
 * child. Its rows name no child — the label above did — so the table is no class table, yet every row is hers
 * (part 13's 504 summary lost "Extended time (1.5x)", "Break pass, 2 per class" and both diagnoses, 1 Dec 2026).
 * The same table with no child named above it (a training handout listing accommodations) stays.
 * Returns the cells of its support and health columns as findings, or null when no header names either.
 */
const planKinds = new Set<RedactionKind>(['specialEducation', 'health']);

export function oneChildTableCells(block: RowBlock): Detection[] | null {
  let found: Detection[] | null = null;
  for (const cell of block.cells) {
    const kind = classifyFieldName(cell.header);
    if (!kind || !planKinds.has(kind)) continue;
    found ??= [];
    found.push(
      ...detectFieldValue(kind, cell.text, cell.start - block.start, { code: 'column', detail: cell.header }, 'cell'),
    );
  }
  return found;
}
