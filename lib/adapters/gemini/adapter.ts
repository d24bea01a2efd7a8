import { defineSiteAdapter, readLabel, stripSiteName } from '../adapter-kit';
import { siteHosts } from '../site-hosts';
import { selectors } from './selectors';

/**
 * gemini.google.com: conversations live at /app/<hex id> (or /gem/<gem>/<hex id>). Since 2026-09 the page title is
 * "<chat name> - Google Gemini" (sho7650 ADR-040); before that it was only "Google Gemini" and the name lived in
 * the sidebar.
 */
export const geminiAdapter = defineSiteAdapter({
  id: 'gemini',
  hosts: siteHosts.gemini,
  name: 'Gemini',
  selectors,
  conversationId: (url) => /^\/(?:app|gem\/[\w-]+)\/([0-9a-f]{8,})/.exec(url.pathname)?.[1],
  cleanTitle: (title) => stripSiteName(title, ['Google Gemini', 'Gemini']),
  readModel(doc, conversation) {
    const label = readLabel(doc, selectors.model, 190, conversation);
    if (label === undefined) return undefined;
    // The picker names a mode ("Flash", "Pro", "Thinking"), not always a model: say which product it belongs to.
    return (/gemini/i.test(label) ? label : `Gemini ${label}`).slice(0, 200);
  },
});
