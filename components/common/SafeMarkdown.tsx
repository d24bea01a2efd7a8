import { useEffect, useState, type ComponentType } from 'react';

type Renderer = ComponentType<{ markdown: string }>;

// Line breaks and indentation kept as the Markdown has them, so the text reads the same before it is rendered.
const plainTextStyle = { whiteSpace: 'pre-wrap' } as const;

// react-markdown, remark-gfm and their micromark/mdast/hast tree were ~160 KB of the side panel's 200 KB entry
// chunk, loaded and run before a capture's draft could show in a panel the click had just opened (fastest-path
// e2e, panel closed, 2026-12-01). The draft's first paint doesn't need them: they load on first use instead.
let loadedRenderer: Renderer | undefined;
let loadingRenderer: Promise<Renderer> | undefined;

/** Starts loading the Markdown renderer (once); resolves when SafeMarkdown renders Markdown without waiting. */
export function preloadMarkdownRenderer(): Promise<Renderer> {
  return (loadingRenderer ??= import('./MarkdownRenderer').then(
    (module) => (loadedRenderer = module.MarkdownRenderer),
    (error: unknown) => {
      loadingRenderer = undefined; // a failed chunk load is tried again by the next SafeMarkdown
      throw error;
    },
  ));
}

/**
 * Captured Markdown, rendered safely (see MarkdownRenderer: no raw HTML, safe links, no remote images). Until the
 * renderer has loaded (the first one in a page, a few frames), the same text shows as plain pre-wrapped text in
 * the same box, so it is readable at once and the box doesn't appear from nothing.
 */
export function SafeMarkdown({ markdown }: { markdown: string }) {
  const [Renderer, setRenderer] = useState<Renderer | undefined>(() => loadedRenderer);
  useEffect(() => {
    if (Renderer) return;
    let alive = true;
    preloadMarkdownRenderer().then(
      (loaded) => alive && setRenderer(() => loaded),
      () => {}, // stays plain text: still the teacher's words, never raw HTML
    );
    return () => {
      alive = false;
    };
  }, [Renderer]);
  return (
    <div className="captured" dir="auto">
      {Renderer ? <Renderer markdown={markdown} /> : <p style={plainTextStyle}>{markdown}</p>}
    </div>
  );
}
