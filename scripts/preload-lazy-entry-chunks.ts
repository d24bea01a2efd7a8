import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to an HTML page for a module it imports lazily but needs at once (and for every
 * chunk that module imports), so the browser fetches and compiles them beside the page's entry chunk instead of
 * only once the entry has run and asks for them.
 *
 * Why: the side panel opened by a Capture click goes straight to the trace editor. Its chunk is a dynamic import
 * (the library opens without waiting for it), and Vite preloads a dynamic import's chunks only when the import
 * runs: after React and the panel's entry were fetched, compiled and run — a second round of fetching and
 * compiling ~150 KB (editor, Dexie) on the way to the captured draft (fastest-path e2e, panel closed, 2026-12-01).
 */
export function preloadLazyEntryChunks(page: string, lazyModules: string[]): Plugin {
  return {
    name: 'showwork:preload-lazy-entry-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith(page)) return;
        const chunks = Object.values(context.bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const styles = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = byFile.get(fileName);
          for (const css of chunk?.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of chunk?.imports ?? []) add(imported);
        };
        for (const module of lazyModules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
          if (!chunk) throw new Error(`preloadLazyEntryChunks: no chunk for ${module} in ${page}`);
          add(chunk.fileName);
        }
        const isNew = (file: string) => !html.includes(`/${file}"`);
        // Their styles as the page's own (a few KB, local): the dynamic import then finds them loaded and does not
        // wait for them; without them the editor's first view would be unstyled until then.
        const tags: HtmlTagDescriptor[] = [
          ...[...files].filter(isNew).map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...styles].filter(isNew).map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
        return tags;
      },
    },
  };
}
