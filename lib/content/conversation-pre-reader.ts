import type { SiteAdapter } from '../adapters/types';
import type { ExtractedTurn } from '../model/turn';
import type { TurnReadingCache } from './turn-reading-cache';
import { prepareTurnsAhead } from './turn-wire-forms';
import { countRootCharacters } from './site-reading-gate';

export interface PreReaderOptions {
  /** How long the page must stay unchanged before reading starts (an answer streaming keeps it from starting). */
  quietMs?: number;
  /** The longest one idle slice reads, so reading never makes a long task (> 50 ms) of its own. */
  sliceMs?: number;
  /**
   * Runs once a round has read every turn, before the turns are prepared to send (the round is done once both are):
   * the pre-reader's bundle learns there which turns the library already holds (send-with-references.ts).
   */
  afterRead?: (turns: readonly ExtractedTurn[], isWanted: () => boolean) => Promise<void>;
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
 * (preReadTurns): what the cache holds is exactly what a fresh read gives. Nothing of the turns leaves the page.
 */
export class ConversationPreReader {
  private readonly quietMs: number;
  private readonly sliceMs: number;
  private readonly afterRead: NonNullable<PreReaderOptions['afterRead']>;
  private lastChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private round = 0;
  private isStopped = true;
  /** The last round that read every turn and prepared it to send. */
  private doneRound = -1;
  /** Resolves each time a round has read every turn and prepared it to send (tests and the bench wait for it). */
  private doneListeners: (() => void)[] = [];
  /** The conversation's element when the last round began: changes outside it do not stop reading. */
  private conversationRoot: Element | undefined;

  constructor(
    private readonly cache: TurnReadingCache,
    private readonly adapterHere: () => SiteAdapter | undefined,
    options: PreReaderOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 300;
    this.sliceMs = options.sliceMs ?? 5;
    this.afterRead = options.afterRead ?? (() => Promise.resolve());
  }

  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    performance.mark('showwork:pre-reader-started');
    this.cache.onChange = (records) => this.changed(records);
    // The first round begins at once unless an answer is streaming: a teacher who clicks soon after the page loaded
    // then joins a reading already under way. Waiting for quiet first (and starting the wait again at ShowWork's own
    // button and script tags) left a 400-turn page unread at a click ~1 s after load, and the click read all of it
    // (~0.5 s of the click's ~0.8 s; bench, 2026-12-01).
    this.round++;
    if (this.isQuietNow()) this.begin();
    else this.changed();
  }

  stop(): void {
    this.isStopped = true;
    this.conversationRoot = undefined;
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

  private isQuietNow(): boolean {
    try {
      return this.adapterHere()?.isStreaming(document) === false;
    } catch {
      return false;
    }
  }

  /**
   * A change to the conversation stops the round under way and makes the page's reading out of date; changes
   * elsewhere on the page (a sidebar, a script tag, ShowWork's own button) do neither (turn-reading-cache.ts keeps
   * what they cannot change).
   */
  private changed(records?: readonly MutationRecord[]): void {
    const root = this.conversationRoot;
    if (records !== undefined && root !== undefined && !records.some((record) => touchesConversation(record, root)))
      return;
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
    performance.mark('showwork:pre-read-begun');
    let reading: ReturnType<NonNullable<SiteAdapter['preReadTurns']>>;
    const round = this.round;
    try {
      this.conversationRoot = adapter.findConversationRoot(document) ?? undefined;
      // A change to the conversation delivered now stops this round (and begins another once it is quiet).
      this.cache.sync();
      if (round !== this.round) return;
      reading = adapter.preReadTurns(document, new URL(location.href), this.cache);
    } catch {
      this.conversationRoot = undefined;
      return; // No conversation on this page (yet): the next change tries again.
    }
    // What the capture's cheap check reads of the whole conversation (read-page-conversation.ts): its characters,
    // counted first, in one idle task of its own (the root's textContent: ~20-40 ms on a 400-turn page). A click that
    // comes before the round is done then reads the turns it lacks but not this, ~12 % of the samples of a click that
    // found 6 of 400 turns read (CPU profile at load ~27, 2026-12-01). A change to the conversation drops the count
    // (turn-reading-cache.ts, remember), and the capture counts again.
    const countRoot = () => {
      if (round !== this.round) return;
      this.cache.sync();
      if (round !== this.round) return;
      const root = this.conversationRoot;
      if (root !== undefined) this.cache.remember(root, 'characters', () => countRootCharacters(root));
      requestIdle(slice);
    };
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
      // Counted again only if a change dropped the first count (and the conversation's element may be another now).
      const root = adapter.findConversationRoot(document);
      if (root !== null) this.cache.remember(root, 'characters', () => countRootCharacters(root));
      const isWanted = () => round === this.round;
      // A failure to learn only costs the capture references: the round still ends.
      void this.afterRead(this.cache.cachedTurns(), isWanted)
        .catch(() => undefined)
        .then(() => (isWanted() ? prepareTurnsAhead(this.cache.cachedTurns(), isWanted) : false))
        .then((isDone) => {
          if (!isDone || round !== this.round) return;
          this.doneRound = round;
          // On the page's timeline (an isolated world's marks are there): the bench and tests see the page read ahead.
          performance.mark('showwork:pre-read');
          const listeners = this.doneListeners;
          this.doneListeners = [];
          for (const listener of listeners) listener();
        });
    };
    requestIdle(countRoot);
  }
}

/**
 * Whether a mutation can change the conversation's reading: anything inside its element, an attribute of an element
 * holding it (the sites' selectors may read ancestors), the element itself added or removed, or the element gone.
 */
function touchesConversation(record: MutationRecord, root: Element): boolean {
  if (!root.isConnected || root.contains(record.target)) return true;
  if (!record.target.contains(root)) return false;
  if (record.type !== 'childList') return true;
  const holdsRoot = (nodes: NodeList) => Array.prototype.some.call(nodes, (node: Node) => node.contains(root));
  return holdsRoot(record.addedNodes) || holdsRoot(record.removedNodes);
}
