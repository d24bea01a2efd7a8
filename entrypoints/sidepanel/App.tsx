import { useState } from 'react';
import { LibraryView } from '@/components/library/LibraryView';
import { ConversationView } from '@/components/library/ConversationView';
import { NewTraceButton } from '@/components/trace-editor/NewTraceButton';
import { TraceEditor } from '@/components/trace-editor/TraceEditor';
import { TraceList } from '@/components/traces/TraceList';
import { TraceExportPanel } from '@/components/export/TraceExportPanel';
import { BulkExportButton } from '@/components/export/BulkExportButton';
import { VerifyFileSection } from '@/components/export/VerifyFileSection';
import { SubmitPanel } from '@/components/submit/SubmitPanel';

type View = { kind: 'library' } | { kind: 'conversation'; id: string } | { kind: 'trace'; id: string };

/** The side panel: library → conversation → trace editor. Also opens as a tab at /sidepanel.html. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'library' });
  const toLibrary = () => setView({ kind: 'library' });
  const openTrace = (id: string) => setView({ kind: 'trace', id });

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
      );
    default:
      return (
        <LibraryView onOpenConversation={(id) => setView({ kind: 'conversation', id })}>
          {(searchQuery) => (
            <>
              <TraceList searchQuery={searchQuery} onOpenTrace={openTrace} />
              <BulkExportButton />
              <VerifyFileSection />
            </>
          )}
        </LibraryView>
      );
  }
}
