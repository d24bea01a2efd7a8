import { defineSiteAdapter, stripSiteName } from '../adapter-kit';
import { siteHosts } from '../site-hosts';
import { selectors } from './selectors';

/** claude.ai: conversations live at /chat/<uuid>; the page title is "<title> - Claude". */
export const claudeAdapter = defineSiteAdapter({
  id: 'claude',
  hosts: siteHosts.claude,
  name: 'Claude',
  selectors,
  conversationId: (url) => /^\/chat\/([\w-]{8,})/.exec(url.pathname)?.[1],
  cleanTitle: (title) => stripSiteName(title, ['Claude', 'New chat']),
});
