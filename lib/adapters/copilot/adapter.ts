import { defineSiteAdapter, stripSiteName } from '../adapter-kit';
import { siteHosts } from '../site-hosts';
import { selectors } from './selectors';

/** Microsoft Copilot: conversations live at /chats/<id>; the page title is the product's tagline. */
export const copilotAdapter = defineSiteAdapter({
  id: 'copilot',
  hosts: siteHosts.copilot,
  name: 'Microsoft Copilot',
  selectors,
  conversationId: (url) => /^\/chats\/([\w-]{6,})/.exec(url.pathname)?.[1],
  cleanTitle: (title) => stripSiteName(title, ['Microsoft Copilot: Your AI companion', 'Microsoft Copilot', 'Copilot']),
});
