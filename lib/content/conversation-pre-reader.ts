import type { SiteAdapter } from '../adapters/types';
import type { TurnReadingCache } from './turn-reading-cache';
import { prepareTurnsAhead } from './turn-wire-forms';
import { countRootCharacters } from './site-reading-gate';

export interface PreReaderOptions {
  /** How long the page must stay unchanged before reading starts (an answer streaming keeps it from starting). */
  quietMs?: number;
  /** The longest one idle slice reads, so reading never makes a long task (> 50 ms) of its own. */
  sliceMs?: number;
}

type IdleDeadline = { timeRemaining(): number };
type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;
const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
/**
 * The next slice, in a background-priority task where the browser has them (Chromium, Firefox 142+): those run
 * whenever nothing more urgent waits, back to back. requestIdleCallback runs one callback per idle period (up to
 * 50 ms each on a page that isn't animating): slices of a few ms used a tenth of the idle time, and a 400-turn page
 * was not read ahead after 2 s of quiet (bench, 2026-12-01).
 */
const requestIdle: (callback: (deadline: IdleDeadline) => void) => void = scheduler?.postTask
  ? (callback) => void scheduler!.postTask!(() => callback({ timeRemaining: () => 50 }), { priority: 'background' })
  : typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 1000 })
    : (callback) => setTimeout(() => callback({ timeRemaining: () => 8 }), 1);

/**
 * Keeps the page's reading up to date while the teacher reads the answer, so a capture reads only what changed since.
 *
 * Once the page has been quiet for `quietMs`, the turns are read into the cache a few at a time in idle callbacks
 * (slices of at most `sliceMs`), then given their form on the wire (turn-wire-forms.ts). Any change to
 * the page stops the round (the cache has already dropped what the change touched) and starts a new one once the
 * page is quiet again; the new round reads only turns the cache no longer holds. Reading is the adapter's own
 * (preReadTurns): what the cache holds is exactly what a fresh read gives. Nothing leaves the page.
 */
export class ConversationPreReader {
  private readonly quietMs: number;
  private readonly sliceMs: number;
  private lastChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private round = 0;
  private isStopped = true;
  /** The last round that read every turn and prepared it to send. */
  private doneRound = -1;
  /** Resolves each time a round has read every turn and prepared it to send (tests and the bench wait for it). */
  private doneListeners: (() => void)[] = [];

  constructor(
    private readonly cache: TurnReadingCache,
    private readonly adapterHere: () => SiteAdapter | undefined,
    options: PreReaderOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 300;
    this.sliceMs = options.sliceMs ?? 5;
  }

  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    this.cache.onChange = () => this.changed();
    this.changed();
  }

  stop(): void {
    this.isStopped = true;
    this.round++;
    this.cache.onChange = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Whether the cache holds the whole page as it is now: a round finished and nothing changed since (pending
   * mutations are delivered first). A capture then need not walk the page's turns before reading it.
   */
  isUpToDate(): boolean {
    this.cache.sync();
    return !this.isStopped && this.doneRound === this.round;
  }

  /** Resolves once a round has finished reading the page and preparing its turns to send. */
  whenRead(): Promise<void> {
    return new Promise((resolve) => this.doneListeners.push(resolve));
  }

  private changed(): void {
    this.lastChangeAt = performance.now();
    this.round++;
    this.timer ??= setTimeout(() => this.checkQuiet(), this.quietMs);
  }

  private checkQuiet(): void {
    this.timer = undefined;
    if (this.isStopped) return;
    const quietFor = performance.now() - this.lastChangeAt;
    if (quietFor < this.quietMs) {
      this.timer = setTimeout(() => this.checkQuiet(), this.quietMs - quietFor);
      return;
    }
    this.begin();
  }

  private begin(): void {
    const adapter = this.adapterHere();
    if (adapter?.preReadTurns === undefined) return;
    const round = this.round;
    let reading: ReturnType<NonNullable<SiteAdapter['preReadTurns']>>;
    try {
      this.cache.sync();
      reading = adapter.preReadTurns(document, new URL(location.href), this.cache);
    } catch {
      return; // No conversation on this page (yet): the next change tries again.
    }
    const slice = (deadline: IdleDeadline) => {
      if (round !== this.round) return;
      this.cache.sync();
      if (round !== this.round) return;
      const end = performance.now() + this.sliceMs;
      const hasTime = () => performance.now() < end && deadline.timeRemaining() > 1;
      if (!reading.step(hasTime)) return requestIdle(slice);
      requestIdle(finish);
    };
    const finish = () => {
      if (round !== this.round) return;
      // What the capture's cheap check reads of the whole conversation (read-page-conversation.ts), read now too.
      const root = adapter.findConversationRoot(document);
      if (root !== null) this.cache.remember(root, 'characters', () => countRootCharacters(root));
      void prepareTurnsAhead(this.cache.cachedTurns(), () => round === this.round).then((isDone) => {
        if (!isDone || round !== this.round) return;
        this.doneRound = round;
        // On the page's timeline (an isolated world's marks are there): the bench and tests see the page read ahead.
        performance.mark('showwork:pre-read');
        const listeners = this.doneListeners;
        this.doneListeners = [];
        for (const listener of listeners) listener();
      });
    };
    requestIdle(slice);
  }
}
