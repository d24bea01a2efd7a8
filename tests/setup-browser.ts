import { freshBrowserPerTest } from './fresh-browser-per-test';
import { lengthenOutcomeWaits } from './outcome-waits';

// The set-up for tests of browser-facing code that render no React (.test.ts outside the shared projects): the
// background, storage, upload, capture. The same fresh fake browser per test as setup.ts, without importing
// testing-library, React DOM and jest-dom into every file (none of these files uses them; a jest-dom matcher used
// here would fail as unknown, not pass).
lengthenOutcomeWaits();
freshBrowserPerTest();
