import type { SiteAdapter } from '../adapters/types';

export interface AutoRecorderOptions {
  /** A site adapter, or generic page signals on a site with none (web-page-signals.ts). */
  adapter: Pick<SiteAdapter, 'isStreaming' | 'findConversationRoot'>;
  /** Stores the page's conversation; called only when no answer is streaming and the page has been quiet. */
  capture: () => Promise<void>;
  /** How long the conversation must stay unchanged before a capture. */
  quietMs?: number;
}

/**
 * Watches the conversation and captures once each answer has finished streaming: never half-streamed
 * text, never one record per token.
 *
 * Cost while an answer streams matters (the benchmark measures it): the mutation callback only notes the
 * time; a single timer checks, once per quiet period, whether streaming has ended. Reading the conversation
 * happens once per finished answer.
 */
export class AutoRecorder {
  private observer: MutationObserver | undefined;
  private lastMutationAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private isCapturing = false;
  private readonly quietMs: number;

  constructor(private readonly options: AutoRecorderOptions) {
    this.quietMs = options.quietMs ?? 1000;
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      this.lastMutationAt = performance.now();
      this.timer ??= setTimeout(() => this.check(), this.quietMs);
    });
    // The conversation root may be replaced on single-page navigation: observe the body, which stays.
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.timer ??= setTimeout(() => this.check(), this.quietMs);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  get isRunning(): boolean {
    return this.observer !== undefined;
  }

  private check(): void {
    this.timer = undefined;
    const quietFor = performance.now() - this.lastMutationAt;
    if (quietFor < this.quietMs || this.options.adapter.isStreaming(document) || this.isCapturing) {
      this.timer = setTimeout(() => this.check(), Math.max(this.quietMs - quietFor, 200));
      return;
    }
    if (!this.options.adapter.findConversationRoot(document)) return;
    this.isCapturing = true;
    void this.options.capture().finally(() => {
      this.isCapturing = false;
    });
  }
}
