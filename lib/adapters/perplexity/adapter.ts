import { defineSiteAdapter, stripSiteName } from '../adapter-kit';
import { siteHosts } from '../site-hosts';
import { selectors } from './selectors';

/** Perplexity: threads live at /search/<slug>; the page title is "<question> | Perplexity". */
export const perplexityAdapter = defineSiteAdapter({
  id: 'perplexity',
  hosts: siteHosts.perplexity,
  name: 'Perplexity',
  selectors,
  conversationId: (url) => /^\/search\/([^/?#]{4,})/.exec(url.pathname)?.[1],
  cleanTitle: (title) => stripSiteName(title, ['Perplexity']),
});
