import type { ExtractedTurn } from '../model/turn';

interface Known {
  role: ExtractedTurn['role'];
  text: string;
  hash: string;
}

/**
 * The content hash of every turn the worker has confirmed storing in an answer to this page (`contentHashes` of a
 * capture's answer), so the next capture sends those turns as references without the page hashing anything: the
 * worker hashes each turn it receives whole anyway (lib/capture/merge-capture.ts), and hashing in the page too cost
 * a first 400-turn capture ~50-100 ms of the click before anything was sent (2026-12-01, load ~10-15). A turn is found
 * by the object the reader gave (the reading cache hands back the same object while the page is unchanged), or by
 * its content when it was read again unchanged (its elements were touched, or another page object holds the same
 * words). A page loaded anew also learns them from the library's list (library-turns.ts), hashing in idle time only
 * its turns of a stored turn's role and lengths. Lives only in this page's memory.
 */
export class StoredTurnHashes {
  private byTurn = new WeakMap<ExtractedTurn, string>();
  /** Keyed by Markdown (V8 compares long strings only when their lengths match); role and text must match too. */
  private byMarkdown = new Map<string, Known[]>();

  /** Records the hashes the worker answered with, for these turns in the order they were sent. */
  remember(turns: readonly ExtractedTurn[], hashes: readonly string[]): void {
    if (hashes.length !== turns.length) return;
    turns.forEach((turn, i) => {
      const hash = hashes[i]!;
      this.byTurn.set(turn, hash);
      const known = this.byMarkdown.get(turn.markdown) ?? [];
      if (!known.some((k) => k.hash === hash)) known.push({ role: turn.role, text: turn.text, hash });
      this.byMarkdown.set(turn.markdown, known);
    });
  }

  /** The stored turn's hash when the worker confirmed storing this content, else undefined (send it whole). */
  hashOf(turn: ExtractedTurn): string | undefined {
    const direct = this.byTurn.get(turn);
    if (direct !== undefined) return direct;
    const found = this.byMarkdown.get(turn.markdown)?.find((k) => k.role === turn.role && k.text === turn.text);
    if (found) this.byTurn.set(turn, found.hash);
    return found?.hash;
  }
}
