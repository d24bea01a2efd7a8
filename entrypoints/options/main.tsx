import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import { App } from './App';
import { saveEditsLeftBehind } from '@/lib/trace/save-edits-left-behind';
import '@/components/common/base.css';
import '@/components/options/options.css';

// The page language follows the browser's UI language, as the extension's messages do.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_pageTitle');
// Edits a side panel closed mid-sentence journaled but could not save (lib/trace/unsaved-edits-journal.ts).
void saveEditsLeftBehind();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
