import { lazy, Suspense } from 'react';
import { LibraryView } from '@/components/library/LibraryView';
import { ConversationView } from '@/components/library/ConversationView';
import { NewTraceButton } from '@/components/trace-editor/NewTraceButton';
import { TraceList } from '@/components/traces/TraceList';
import { t } from '@/lib/i18n/t';
import { usePanelRoute } from './use-panel-route';

// The editor, exports (PDF engine, fonts, name detection) and submission are loaded when first needed, so the
// library opens fast even with thousands of items (npm run bench: first render of the library).
const loadTraceEditor = () => import('@/components/trace-editor/TraceEditor');
const TraceEditor = lazy(() => loadTraceEditor().then((m) => ({ default: m.TraceEditor })));
// A capture sends the panel to a trace: fetch the editor once the library has painted, so that first trace
// does not wait for it (the fastest path's capture step).
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadTraceEditor(), { timeout: 2000 });
const TraceExportPanel = lazy(() =>
  import('@/components/export/TraceExportPanel').then((m) => ({ default: m.TraceExportPanel })),
);
const SubmitPanel = lazy(() => import('@/components/submit/SubmitPanel').then((m) => ({ default: m.SubmitPanel })));
const BulkExportButton = lazy(() =>
  import('@/components/export/BulkExportButton').then((m) => ({ default: m.BulkExportButton })),
);
const VerifyFileSection = lazy(() =>
  import('@/components/export/VerifyFileSection').then((m) => ({ default: m.VerifyFileSection })),
);

/**
 * The side panel: library → conversation → trace editor. Also opens as a tab at /sidepanel.html. It comes back
 * to where the teacher was (use-panel-route) and goes where a capture landed.
 */
export function App() {
  const { route: view, arrival, navigate } = usePanelRoute();
  const toLibrary = () => navigate({ kind: 'library' });
  const openTrace = (id: string) => navigate({ kind: 'trace', id });
  const loading = <p className="muted">{t('library_loading')}</p>;

  if (view === undefined) return <main aria-busy="true">{loading}</main>;
  switch (view.kind) {
    case 'conversation':
      return (
        <ConversationView
          conversationId={view.id}
          onBack={toLibrary}
          actions={<NewTraceButton conversationId={view.id} onCreated={openTrace} />}
        />
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
              <>
                <TraceExportPanel traceId={view.id} />
                <SubmitPanel traceId={view.id} />
              </>
            }
          />
        </Suspense>
      );
    default:
      return (
        <LibraryView onOpenConversation={(id) => navigate({ kind: 'conversation', id })}>
          {(searchQuery) => (
            <>
              <TraceList searchQuery={searchQuery} onOpenTrace={openTrace} />
              <Suspense fallback={null}>
                <BulkExportButton />
                <VerifyFileSection />
              </Suspense>
            </>
          )}
        </LibraryView>
      );
  }
}
