import { Suspense, useEffect, useState } from 'react';
import { preloadMarkdownRenderer } from '@/components/common/SafeMarkdown';
import { markFirstViewShown, whenFirstViewShownAndIdle } from '@/components/common/first-view';
import { formatDateTime } from '@/components/library/format-date';
import { t } from '@/lib/i18n/t';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { usePanelRoute } from './use-panel-route';
import { takeEarlyPanelRoute } from '@/lib/panel/early-panel-route';
import { checkStoredPanelRoute } from '@/lib/panel/panel-route';

// The editor, exports (PDF engine, fonts, name detection) and submission are loaded when first needed, so the
// library opens fast even with thousands of items (npm run bench: first render of the library).
const TraceEditor = lazyWithPreload(() => import('@/components/trace-editor/TraceEditor').then((m) => m.TraceEditor));
const TraceExportPanel = lazyWithPreload(() =>
  import('@/components/export/TraceExportPanel').then((m) => m.TraceExportPanel),
);
const SubmitPanel = lazyWithPreload(() => import('@/components/submit/SubmitPanel').then((m) => m.SubmitPanel));
const BulkExportButton = lazyWithPreload(() =>
  import('@/components/export/BulkExportButton').then((m) => m.BulkExportButton),
);
const VerifyFileSection = lazyWithPreload(() =>
  import('@/components/export/VerifyFileSection').then((m) => m.VerifyFileSection),
);
// The library and the conversation view are chunks of their own too: with them (and react-markdown, which
// SafeMarkdown loads on first use) in the entry chunk, a panel opened by the Capture click loaded and ran ~200 KB
// before it could start on the draft (fastest-path e2e, panel closed, 2026-12-01). The route's own view is loaded
// as soon as the route is known (see useViewLoaded), the others once the panel is idle.
const LibraryRoute = lazyWithPreload(() => import('./LibraryRoute').then((m) => m.LibraryRoute));
const ConversationRoute = lazyWithPreload(() => import('./ConversationRoute').then((m) => m.ConversationRoute));
const viewFor = { library: LibraryRoute, conversation: ConversationRoute, trace: TraceEditor } as const;

// A capture sends the panel to a trace, often the moment the panel opens (the click that captures opens it): fetch
// the editor now, beside the library's first render, so the trace shows in the render the route arrives in (the
// fastest path's capture step). Its export and submit parts, larger and not needed at once, once the panel is idle.
void TraceEditor.preload().catch(() => {});
// Every view reads the database: open it now, beside the route's read, not once the view's first query asks (the
// trace's read took 30–65 ms from the editor's mount when it opened the database too, load 9, 2026-12-01).
void import('@/lib/db/schema').then(({ getDatabase }) => getDatabase().open()).catch(() => {});
// The rest waits until the first view is on screen: in an idle gap of the panel's start (waiting for storage or the
// database) a callback held the captured draft back by as long as it ran (the date warm-up below: 132 ms, CPU profile
// of the real side panel opened by the Capture click, load 9, 2026-12-01).
// The first date formatted in the extension's pages loads the browser's date data for the language (64–143 ms of the
// main thread, fastest-path e2e, load 9–13, 2026-12-01): paid once idle, so library rows format theirs at once.
// (The editor's "updated" line waits for it by itself: useDateTimeText.)
whenFirstViewShownAndIdle(() => formatDateTime(Date.now()), 1000);
// Edits a panel closed mid-sentence journaled but could not save (lib/trace/unsaved-edits-journal.ts).
whenFirstViewShownAndIdle(
  () => void import('@/lib/trace/save-edits-left-behind').then((m) => m.saveEditsLeftBehind()),
  1000,
);
whenFirstViewShownAndIdle(
  () => void Promise.all([TraceExportPanel.preload(), SubmitPanel.preload()]).catch(() => {}),
  2000,
);
// Back to the library or into a conversation from a trace, and the first Markdown shown, without a wait.
whenFirstViewShownAndIdle(
  () =>
    void Promise.all([LibraryRoute.preload(), ConversationRoute.preload(), preloadMarkdownRenderer()]).catch(() => {}),
  3000,
);

/**
 * Resolves when the panel's first render can be its view: the early read of its place is in (it ran while the modules
 * loaded: lib/panel/early-panel-route.ts) and that view's module is loaded. A panel opened by the Capture click then
 * renders the captured draft at once, instead of "Loading…", an effect, the place's read and a second render.
 */
export async function prepareFirstView(): Promise<void> {
  const early = takeEarlyPanelRoute();
  if (!early) return;
  const { keys, stored } = await early.read;
  performance.mark('showwork:panel-early-read-in');
  const heard = keys.window ? early.changesOf(keys.window) : [];
  // The latest place written, whichever it is: only its view's module matters here (the hook decides the place).
  const places = [stored, ...heard].map(checkStoredPanelRoute);
  const latest = places.reduce((a, b) => (b && (!a || b.at > a.at) ? b : a), null);
  if (latest) await viewFor[latest.route.kind].preload();
  performance.mark('showwork:panel-view-loaded');
}

/**
 * Whether the view for the route's kind is in memory, loading it if not. Until it is, the panel keeps its
 * "Loading…" screen instead of letting the view suspend: a Suspense boundary that showed its fallback reveals
 * its content no sooner than 300 ms later in React 19 (see components/common/lazy-with-preload.tsx).
 */
function useViewLoaded(kind: keyof typeof viewFor | undefined): boolean {
  const view = kind === undefined ? undefined : viewFor[kind];
  const renderedLoaded = view?.isLoaded() ?? false;
  const [failedView, setFailedView] = useState<unknown>();
  const [, setSettledCount] = useState(0);
  useEffect(() => {
    // Keyed on what this render showed, not on isLoaded() now: the module can arrive between the render and this
    // effect (the editor is preloaded at start), and the "Loading…" screen must still be replaced then.
    if (!view || renderedLoaded) return;
    let alive = true;
    view.preload().then(
      () => alive && setSettledCount((count) => count + 1),
      // The view renders anyway: its Suspense boundary tries the chunk again instead of "Loading…" for good.
      () => alive && setFailedView(() => view), // a component: stored as a value, not called as an updater
    );
    return () => {
      alive = false;
    };
  }, [view, renderedLoaded]);
  return renderedLoaded || (view !== undefined && failedView === view);
}

/**
 * The side panel: library → conversation → trace editor. Also opens as a tab at /sidepanel.html. It comes back
 * to where the teacher was (use-panel-route) and goes where a capture landed.
 */
export function App() {
  const { route: view, arrival, navigate } = usePanelRoute();
  const toLibrary = () => navigate({ kind: 'library' });
  const openTrace = (id: string) => navigate({ kind: 'trace', id });
  const loading = <p className="muted">{t('library_loading')}</p>;
  const viewLoaded = useViewLoaded(view?.kind);
  // The trace editor says when its first view is shown (it reads the trace first); the other views once rendered.
  const isOtherViewShown = viewLoaded && view !== undefined && view.kind !== 'trace';
  useEffect(() => {
    if (isOtherViewShown) markFirstViewShown();
  }, [isOtherViewShown]);

  if (view === undefined || !viewLoaded) return <main aria-busy="true">{loading}</main>;
  switch (view.kind) {
    case 'conversation':
      return (
        <Suspense fallback={loading}>
          <ConversationRoute conversationId={view.id} onBack={toLibrary} onOpenTrace={openTrace} />
        </Suspense>
      );
    case 'trace':
      return (
        <Suspense fallback={loading}>
          <TraceEditor
            key={view.id}
            traceId={view.id}
            arrival={arrival}
            onBack={toLibrary}
            onOpenTrace={openTrace}
            actions={
              // Their own boundaries: the editor shows while export and submission (PDF engine, name detection)
              // are still loading, instead of falling back to "Loading…" when they suspend.
              <>
                <Suspense fallback={null}>
                  <TraceExportPanel traceId={view.id} />
                </Suspense>
                <Suspense fallback={null}>
                  <SubmitPanel traceId={view.id} />
                </Suspense>
              </>
            }
          />
        </Suspense>
      );
    default:
      return (
        <Suspense fallback={loading}>
          <LibraryRoute
            onOpenConversation={(id) => navigate({ kind: 'conversation', id })}
            onOpenTrace={openTrace}
            BulkExportButton={BulkExportButton}
            VerifyFileSection={VerifyFileSection}
          />
        </Suspense>
      );
  }
}
