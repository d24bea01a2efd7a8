import { defineSiteAdapter, readLabel, stripSiteName } from '../adapter-kit';
import { siteHosts } from '../site-hosts';
import { modelSlugAttribute, selectors } from './selectors';

// Titles ChatGPT shows before a conversation is named, or on pages that are not one conversation.
const genericTitles = ['ChatGPT', 'New chat'];

/** chatgpt.com: conversations live at /c/<id>, also inside a GPT (/g/<gpt>/c/<id>) or a project. */
export const chatgptAdapter = defineSiteAdapter({
  id: 'chatgpt',
  hosts: siteHosts.chatgpt,
  name: 'ChatGPT',
  selectors,
  conversationId: (url) => /\/c\/([\w-]{6,})/.exec(url.pathname)?.[1],
  cleanTitle: (title) => stripSiteName(title, genericTitles),
  readModel(doc) {
    const label = readLabel(doc, selectors.model, 200) ?? '';
    // The picker sometimes reads just "ChatGPT"; the answers name the exact model that wrote them.
    if (label !== '' && label !== 'ChatGPT') return label;
    const answers = doc.querySelectorAll(`[${modelSlugAttribute}]`);
    const slug = answers[answers.length - 1]?.getAttribute(modelSlugAttribute);
    return slug ? slug.slice(0, 200) : label || undefined;
  },
});
