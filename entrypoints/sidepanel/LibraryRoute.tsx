import { Suspense, type ComponentType } from 'react';
import { LibraryView } from '@/components/library/LibraryView';
import { TraceList } from '@/components/traces/TraceList';

export interface LibraryRouteProps {
  onOpenConversation(id: string): void;
  onOpenTrace(id: string): void;
  /** Bulk export and file verification: loaded on their own (PDF engine), shown when they arrive. */
  BulkExportButton: ComponentType;
  VerifyFileSection: ComponentType;
}

/** The panel's library: conversations, traces, bulk export. Its own chunk, so a capture's draft doesn't wait on it. */
export function LibraryRoute({
  onOpenConversation,
  onOpenTrace,
  BulkExportButton,
  VerifyFileSection,
}: LibraryRouteProps) {
  return (
    <LibraryView onOpenConversation={onOpenConversation}>
      {(searchQuery) => (
        <>
          <TraceList searchQuery={searchQuery} onOpenTrace={onOpenTrace} />
          <Suspense fallback={null}>
            <BulkExportButton />
            <VerifyFileSection />
          </Suspense>
        </>
      )}
    </LibraryView>
  );
}
