import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const safeLinkProtocols = ['http:', 'https:', 'mailto:'];

function isSafeHref(href: string | undefined): href is string {
  if (!href) return false;
  try {
    return safeLinkProtocols.includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

const components: Components = {
  // Links open outside the panel and never run script; anything but http(s)/mailto is shown as plain text.
  a: ({ href, children }) =>
    isSafeHref(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Captured Markdown could point at any server: never fetch images from it (a privacy leak), name them instead.
  img: ({ alt }) => <span className="muted">[{alt || 'image'}]</span>,
  // Captured headings sit under the panel's own h1 (page) and h2 (turn): shift them down to keep the outline.
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
};

/**
 * Renders captured Markdown as React elements. Raw HTML in the text is not rendered (skipHtml), so a
 * captured `<script>` or `<img onerror>` shows as nothing executable; the text itself stays readable.
 * Loaded on demand by SafeMarkdown (react-markdown and its plugins are ~160 KB of the panel's code).
 */
export function MarkdownRenderer({ markdown }: { markdown: string }) {
  return (
    <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
      {markdown}
    </Markdown>
  );
}
