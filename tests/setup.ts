import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { freshBrowserPerTest } from './fresh-browser-per-test';
import { lengthenOutcomeWaits, outcomeWaitMs } from './outcome-waits';

// The set-up for component tests (.tsx): they render React with testing-library and assert with jest-dom.
// Every wait for an outcome is long (outcome-waits.ts): testing-library's findBy…/waitFor and vi.waitFor alike.
configure({ asyncUtilTimeout: outcomeWaitMs });
lengthenOutcomeWaits();
freshBrowserPerTest(cleanup);
