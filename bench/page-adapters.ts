// Bundled by bench/capture-bench.ts into a script for a plain page, so extraction is timed in the page itself.
import { adapters } from '../lib/adapters/registry';
import { findAdapterForUrl } from '../lib/adapters/find-adapter';

(globalThis as unknown as { __showwork: unknown }).__showwork = { adapters, findAdapterForUrl };
