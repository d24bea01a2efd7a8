import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App, prepareFirstView } from './App';
import { t } from '@/lib/i18n/t';
import '@/components/common/base.css';

// When the entry's modules (React, the panel's code) have run: the fastest-path e2e's breakdown of a Capture-opened panel.
performance.mark('showwork:panel-entry-run');

// The page language follows the browser's UI language, as the extension's messages do.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');

// The first render waits for the panel's place and its view's code (prepareFirstView), for 150 ms at most: after a
// Capture click it is the draft itself; should storage be slow, the panel renders "Loading…" and reads on as before.
const firstViewWaitMs = 150;
void Promise.race([
  prepareFirstView().catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, firstViewWaitMs)),
]).then(() => {
  const root = createRoot(document.getElementById('root')!);
  // Rendered now, not in a task of React's scheduler: on a busy machine that task waited 8–44 ms behind others
  // before the draft's render began (fastest-path e2e, panel closed, load 11–13, 2026-12-01).
  flushSync(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
