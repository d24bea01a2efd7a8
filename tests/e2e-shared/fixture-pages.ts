/**
 * What the Chromium harness (tests/e2e/harness.ts, playwright-core) and the Firefox harness
 * (tests/e2e-firefox/harness.ts, puppeteer-core) share about the pages they drive: the five AI sites, the
 * in-page button's text, which requests may leave the browser, and how routed URLs are keyed.
 */
import type { SiteAdapter } from '../../lib/adapters/types';

import { generateConversationHtml } from '../fixtures/generate-conversation';

export { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';

/** The five AI sites with an adapter, in the order the README lists them. */
export const chatSites = [
  'chatgpt',
  'claude',
  'gemini',
  'copilot',
  'perplexity',
] as const satisfies readonly SiteAdapter['id'][];

/** The accessible name of the in-page button in each UI language. */
export const captureButtonName = { en: 'Capture trace', es: 'Capturar traza' } as const;
export const capturedPattern = { en: /Captured (\d+) turns/, es: /Se capturaron (\d+) turnos/ } as const;

/** Hosts tests may reach besides routed fixtures: the loopback servers tests start. */
export const isLoopback = (url: string) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url);

/** Routed pages are keyed without their fragment: the browser never sends it. */
export const stripHash = (url: string) => url.split('#')[0]!;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A generated two-turn ChatGPT page whose prompt is `prompt`: exports can then be searched for its words. */
export function chatgptPageWithPrompt(title: string, prompt: string): string {
  const html = generateConversationHtml('chatgpt', { turns: 2, wordsPerAnswer: 80, title });
  return html.replace(/(<div class="whitespace-pre-wrap">)[^<]*(<\/div>)/, `$1${escapeHtml(prompt)}$2`);
}
