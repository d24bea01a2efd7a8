import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from './App';
import '@/components/common/base.css';

// The page language follows the browser's UI language, as the extension's messages do.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName') || 'ShowWork';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
