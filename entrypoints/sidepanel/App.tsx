import { lazy, Suspense, useState } from 'react';
import { LibraryView } from '@/components/library/LibraryView';
import { ConversationView } from '@/components/library/ConversationView';
import { NewTraceButton } from '@/components/trace-editor/NewTraceButton';
import { TraceList } from '@/components/traces/TraceList';
import { t } from '@/lib/i18n/t';

// The editor, exports (PDF engine, fonts, name detection) and submission are loaded when first needed, so the
// library opens fast even with thousands of items (npm run bench: first render of the library).
const TraceEditor = lazy(() =>
  import('@/components/trace-editor/TraceEditor').then((m) => ({ default: m.TraceEditor })),
);
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

type View = { kind: 'library' } | { kind: 'conversation'; id: string } | { kind: 'trace'; id: string };

/** The side panel: library → conversation → trace editor. Also opens as a tab at /sidepanel.html. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'library' });
  const toLibrary = () => setView({ kind: 'library' });
  const openTrace = (id: string) => setView({ kind: 'trace', id });
  const loading = <p className="muted">{t('library_loading')}</p>;

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
            traceId={view.id}
            onBack={toLibrary}
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
        <LibraryView onOpenConversation={(id) => setView({ kind: 'conversation', id })}>
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
