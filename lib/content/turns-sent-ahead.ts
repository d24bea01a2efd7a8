import { browser } from 'wxt/browser';
import type { ExtractedTurn } from '../model/turn';
import type { CapturePartRequest, TurnOnTheWire } from '../messaging/protocol';
import { wireTurnOf } from './turn-wire-forms';

/** About how many characters one part carries: a few parts per long capture, so the worker's work overlaps. */
const partChars = 300_000;

const sizeOf = (wire: TurnOnTheWire) =>
  wire.markdown.length + (wire.textPieces ? wire.textPieces.literals.length + 3 * wire.textPieces.ranges.length : 0);

/**
 * The whole turns of the capture under way that this page has sent ahead to the worker, in parts (one message
 * each, sent without waiting for the worker: lib/background/staged-capture-parts.ts), and the number each went
 * under, so the capture message can name them (`{ role, staged: n }`). A capture starts it (`begin`) at the click,
 * never before; the capture message ends it (`end`).
 */
export class TurnsSentAhead {
  private captureId: string | undefined;
  private numberOf = new Map<ExtractedTurn, number>();

  get isUnderWay(): boolean {
    return this.captureId !== undefined;
  }

  get id(): string | undefined {
    return this.captureId;
  }

  /** How many turns went ahead in this capture so far. */
  get count(): number {
    return this.numberOf.size;
  }

  begin(): void {
    this.captureId = crypto.randomUUID();
    this.numberOf = new Map();
  }

  end(): void {
    this.captureId = undefined;
    this.numberOf = new Map();
  }

  /** The number the turn went ahead under in this capture, if it did. */
  numberOfTurn(turn: ExtractedTurn): number | undefined {
    return this.numberOf.get(turn);
  }

  /**
   * Sends ahead, in parts of ~`partChars`, those of `turns` not sent yet in this capture; with `onlyFullParts`, a
   * last part shorter than that is kept back (more turns are being read: it goes with them, or with the capture).
   */
  send(turns: readonly ExtractedTurn[], onlyFullParts = false): void {
    const captureId = this.captureId;
    if (captureId === undefined) return;
    let part: [ExtractedTurn, TurnOnTheWire][] = [];
    let size = 0;
    const flush = () => {
      const at = part.map(([turn]) => {
        const number = this.numberOf.size;
        this.numberOf.set(turn, number);
        return number;
      });
      const message: CapturePartRequest = {
        type: 'content→background:capture-part',
        captureId,
        at,
        turns: part.map(([, wire]) => wire),
      };
      // A part lost on the way is named by the worker's answer to the capture message, and then sent whole.
      browser.runtime.sendMessage(message).catch(() => undefined);
      part = [];
      size = 0;
    };
    for (const turn of turns) {
      if (this.numberOf.has(turn)) continue;
      const wire = wireTurnOf(turn);
      part.push([turn, wire]);
      size += sizeOf(wire);
      if (size >= partChars) flush();
    }
    if (part.length > 0 && !onlyFullParts) flush();
  }
}

/** The whole turns' size as sent (about: the Markdown and the text's pieces). */
export function sizeSent(turns: readonly ExtractedTurn[]): number {
  let total = 0;
  for (const turn of turns) total += sizeOf(wireTurnOf(turn));
  return total;
}
