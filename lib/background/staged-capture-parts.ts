import { hashTurns } from '../capture/content-hash';
import { limits, type ExtractedTurn } from '../model/turn';
import type { CapturePartRequest } from '../messaging/protocol';
import { turnFromTheWire, type StagedWholeTurn } from './turns-from-the-wire';

/**
 * The parts of a capture the page sent ahead at the click (lib/content/send-with-references.ts), rebuilt and hashed
 * as each arrives, so that the worker's work on part 1 overlaps the page serialising part 2 and the message crossing;
 * a first 400-turn capture is ~3 million characters of JSON, and sent as one message the worker started on it only
 * once all of it had crossed (2026-12-01).
 *
 * Only in this worker's memory, one capture per frame (a part naming another capture replaces what was kept), taken
 * by that frame's capture message naming the same capture, and dropped after `keptForMs` otherwise. Nothing is
 * stored from a part: the capture message is stored as one transaction, as before. A worker stopped between the
 * parts and the capture message has lost them: the capture message's staged turns are then answered as stale and the
 * page sends them whole.
 */
const keptForMs = 60_000;

interface StagedCapture {
  captureId: string;
  turns: Map<number, StagedWholeTurn>;
  /** Parts still being rebuilt and hashed. */
  pending: Set<Promise<void>>;
  /** Drops the capture when its message never comes. */
  timer: ReturnType<typeof setTimeout>;
}

const byFrame = new Map<string, StagedCapture>();

/** One key per tab and frame: a capture's parts and its message come from the same content script. */
export function frameKey(tabId: number, frameId: number | undefined): string {
  return `${tabId}:${frameId ?? 0}`;
}

/** Keeps a part of a capture: its turns' texts rebuilt and their hashes computed. Resolves when it is kept. */
export function stageCapturePart(frame: string, part: CapturePartRequest): Promise<void> {
  let staged = byFrame.get(frame);
  if (staged === undefined || staged.captureId !== part.captureId) {
    if (staged) clearTimeout(staged.timer);
    staged = { captureId: part.captureId, turns: new Map(), pending: new Set(), timer: undefined as never };
    byFrame.set(frame, staged);
  }
  const capture = staged;
  clearTimeout(capture.timer);
  capture.timer = setTimeout(() => {
    if (byFrame.get(frame) === capture) byFrame.delete(frame);
  }, keptForMs);
  const work = (async () => {
    if (part.at.length !== part.turns.length) return;
    const turns: ExtractedTurn[] = [];
    for (const wire of part.turns) {
      const turn = turnFromTheWire(wire);
      if (turn === undefined) return; // Malformed: its turns stay missing, and the page sends them whole.
      turns.push(turn);
    }
    const hashes = await hashTurns(turns);
    part.at.forEach((number, i) => {
      if (capture.turns.size < limits.maxTurns || capture.turns.has(number))
        capture.turns.set(number, { turn: turns[i]!, contentHash: hashes[i]! });
    });
  })();
  capture.pending.add(work);
  return work.finally(() => capture.pending.delete(work));
}

/**
 * The turns kept for this frame's capture `captureId` once every part that arrived is rebuilt and hashed, and
 * forgets them (a capture message takes its parts once). Empty when none are kept.
 */
export async function takeStagedTurns(frame: string, captureId: string): Promise<Map<number, StagedWholeTurn>> {
  const staged = byFrame.get(frame);
  if (staged === undefined || staged.captureId !== captureId) return new Map();
  while (staged.pending.size > 0) await Promise.allSettled([...staged.pending]);
  if (byFrame.get(frame) === staged) byFrame.delete(frame);
  clearTimeout(staged.timer);
  return staged.turns;
}
