// Bundled by bench/capture-bench.ts and added to a chat page where the extension runs: times a click on the
// in-page "Capture trace" button to its "Captured N turns" status in the page's own clock, watching the
// button's open shadow root with a MutationObserver (Playwright's role queries would cost hundreds of ms on
// a 400-turn page themselves: TOOLCHAIN trap 17).

interface CaptureTiming {
  /** performance.timeOrigin of the page: with it, the times below compare with the service worker's marks. */
  origin: number;
  clickedAt: number;
  capturedAt: number;
  /** End of the page's last long task (> 50 ms) before "Captured": the content script has read and sent by then. */
  pageDoneAt: number;
  /**
   * The content script's own user-timing marks, when it sets them (an isolated world's marks are on the page's
   * timeline): `showwork:capture-read` once the page is read, `showwork:capture-sent` as the turns are sent.
   */
  readAt?: number;
  sentAt?: number;
  /** The page's DOMContentLoaded, the pre-reader's start and its last round's beginning before the click. */
  loadedAt: number;
  preReaderStartedAt?: number;
  preReadBegunAt?: number;
  /** How many turns the pre-reader had read when the click came (`showwork:click-found-read`). */
  turnsReadAtClick?: number;
  status: string;
}

function lastMark(name: string, after: number): number | undefined {
  const marks = performance.getEntriesByName(name, 'mark').filter((mark) => mark.startTime >= after);
  return marks.length > 0 ? marks[marks.length - 1]!.startTime : undefined;
}

function lastMarkBefore(name: string, before: number): number | undefined {
  const marks = performance.getEntriesByName(name, 'mark').filter((mark) => mark.startTime <= before);
  return marks.length > 0 ? marks[marks.length - 1]!.startTime : undefined;
}

function armCaptureTimer(): void {
  const host = document.querySelector('showwork-capture');
  const shadow = host?.shadowRoot;
  if (!host || !shadow) throw new Error('The Capture trace button is not on this page.');
  let clickedAt = -1;
  let pageDoneAt = -1;
  // The content script runs on the page's main thread: its reading and sending show as the page's long tasks.
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      if (clickedAt >= 0 && task.startTime >= clickedAt - 1)
        pageDoneAt = Math.max(pageDoneAt, task.startTime + task.duration);
    }
  }).observe({ type: 'longtask' });
  const timing = new Promise<CaptureTiming>((resolve) => {
    host.addEventListener('click', () => (clickedAt = performance.now()), { capture: true });
    const observer = new MutationObserver(() => {
      const status = shadow.querySelector('[role="status"]')?.textContent ?? '';
      if (clickedAt >= 0 && /Captured \d+ turns|couldn|could not|failed/i.test(status)) {
        observer.disconnect();
        const capturedAt = performance.now();
        // Long-task entries are delivered after the task: give the observer a moment before reading them.
        setTimeout(() => {
          const readAt = lastMark('showwork:capture-read', clickedAt);
          const sentAt = lastMark('showwork:capture-sent', clickedAt);
          const found = performance
            .getEntriesByName('showwork:click-found-read', 'mark')
            .filter((mark) => mark.startTime >= clickedAt)[0] as PerformanceMark | undefined;
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const preReaderStartedAt = lastMarkBefore('showwork:pre-reader-started', clickedAt);
          const preReadBegunAt = lastMarkBefore('showwork:pre-read-begun', clickedAt);
          const turnsReadAtClick = (found?.detail as { turns?: number } | null)?.turns;
          resolve({
            origin: performance.timeOrigin,
            clickedAt,
            capturedAt,
            pageDoneAt: pageDoneAt < 0 ? clickedAt : pageDoneAt,
            ...(readAt === undefined ? {} : { readAt }),
            ...(sentAt === undefined ? {} : { sentAt }),
            loadedAt: navigation?.domContentLoadedEventEnd ?? 0,
            ...(preReaderStartedAt === undefined ? {} : { preReaderStartedAt }),
            ...(preReadBegunAt === undefined ? {} : { preReadBegunAt }),
            ...(turnsReadAtClick === undefined ? {} : { turnsReadAtClick }),
            status,
          });
        }, 100);
      }
    });
    observer.observe(shadow, { subtree: true, childList: true, characterData: true });
  });
  (globalThis as unknown as { __showworkCaptureTiming: Promise<CaptureTiming> }).__showworkCaptureTiming = timing;
}

armCaptureTimer();
