import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { chatSiteMatches } from '@/lib/adapters/site-hosts';
import { findAdapterForUrl } from '@/lib/adapters/find-adapter';
import { CaptureRequestToContent, type CaptureTrigger } from '@/lib/messaging/protocol';
import { capturePage, type CaptureOutcome } from '@/lib/content/capture-page';
import { mountCaptureButton } from '@/lib/content/capture-button';
import { AutoRecorder } from '@/lib/content/auto-recorder';
import { watchAutoRecordSetting } from '@/lib/content/auto-record-setting';
import { isExtensionAlive } from '@/lib/content/send-capture';
import { webPageSignals } from '@/lib/content/web-page-signals';
import { requestPanelOpen } from '@/lib/content/request-panel-open';
import { t } from '@/lib/i18n/t';
import { loadPreReader } from '@/lib/content/load-pre-reader';
import type { PreReading } from '@/lib/content/pre-reader-hook';

// Runs on the AI chat sites (static matches) and on every other site the teacher allowed (registered at run time by
// lib/background/registered-sites.ts; there the structural reader reads the page, filed as site `web`). It never
// opens IndexedDB (that would be the page's database): it reads, validates and sends; the background stores.
// Keep imports light: this bundle has a 60 KB budget.
export default defineContentScript({
  matches: chatSiteMatches,
  runAt: 'document_idle',
  main(ctx) {
    let adapter = findAdapterForUrl(new URL(location.href));
    // Auto-record is switched per AI site, and per origin on any other site.
    const autoRecordKey = () => adapter?.id ?? location.origin;
    let lastSentSignature = '';

    const button = mountCaptureButton(() => {
      requestPanelOpen();
      void run('button');
    });
    // On the AI sites the page's turns are read ahead in idle time, so a capture reads only what changed since
    // (lib/content/conversation-pre-reader.ts, a bundle of its own). Kept in this world's memory; nothing is sent
    // before a capture.
    let preReading: PreReading | undefined;
    // At install the worker injects this script into open chat tabs (inject-on-install.ts): in a tab that was loading
    // then, the copy declared in the manifest is invalidated by the newer one, maybe while its pre-reader loads. It must
    // not start a second reading that nobody stops (seen in CI, 2026-12-01: two pre-readers on one page).
    if (adapter) void loadPreReader().then((hook) => ctx.isValid && (preReading = hook?.start(() => adapter)));
    ctx.onInvalidated(() => {
      recorder?.stop();
      preReading?.stop();
    });

    async function run(trigger: CaptureTrigger): Promise<CaptureOutcome> {
      if (trigger !== 'auto') button.setBusy(true);
      try {
        const outcome = await capturePage(
          adapter,
          trigger,
          (turnsRead) => button.showStatus(t('capture_readingAll', turnsRead), 'ok'),
          preReading,
        );
        if (trigger !== 'auto' || !outcome.ok) button.showStatus(outcome.message, outcome.ok ? 'ok' : 'error');
        return outcome;
      } finally {
        button.setBusy(false);
      }
    }

    browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
      const request = CaptureRequestToContent.safeParse(raw);
      if (!request.success) return false;
      void run(request.data.trigger).then((outcome) => sendResponse({ ok: outcome.ok, message: outcome.message }));
      return true;
    });

    // Auto-record: off unless the teacher turned it on for this site; follows the setting live.
    let recorder: AutoRecorder | undefined;
    const applyAutoRecord = (settings: Record<string, boolean>) => {
      const isOn = settings[autoRecordKey()] === true;
      if (isOn && !recorder?.isRunning) {
        recorder = new AutoRecorder({
          adapter: { isStreaming: (doc) => (adapter ?? webPageSignals).isStreaming(doc), findConversationRoot },
          capture: async () => {
            const signature = conversationSignature();
            if (signature === lastSentSignature || !isExtensionAlive()) return;
            const outcome = await run('auto');
            if (outcome.ok) lastSentSignature = signature;
          },
        });
        recorder.start();
      } else if (!isOn) {
        recorder?.stop();
      }
    };
    ctx.onInvalidated(watchAutoRecordSetting(applyAutoRecord));

    // Single-page navigation between conversations: forget what was sent for the previous one.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      adapter = findAdapterForUrl(newUrl);
      lastSentSignature = '';
      preReading?.restart();
    });

    function findConversationRoot(doc: Document): Element | null {
      return (adapter ?? webPageSignals).findConversationRoot(doc);
    }

    /** A cheap fingerprint of the page's conversation text, so auto-record doesn't resend an unchanged page. */
    function conversationSignature(): string {
      const root = findConversationRoot(document);
      const text = root?.textContent ?? '';
      let hash = 2166136261;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
      return `${location.pathname}:${text.length}:${hash >>> 0}`;
    }
  },
});
