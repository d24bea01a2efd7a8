import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from './i18n-stub';

// fakeBrowser.reset() clears spies' targets too: install the i18n stub before every test.
installI18n();
beforeEach(() => installI18n());
afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
