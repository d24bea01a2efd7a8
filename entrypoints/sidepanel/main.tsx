import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from './App';
import { t } from '@/lib/i18n/t';
import '@/components/common/base.css';

// When the entry's modules (React, the panel's code) have run: the fastest-path e2e's breakdown of a Capture-opened panel.
performance.mark('showwork:panel-entry-run');

// The page language follows the browser's UI language, as the extension's messages do.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
