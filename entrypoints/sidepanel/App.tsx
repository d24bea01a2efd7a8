import { useState } from 'react';
import { LibraryView } from '@/components/library/LibraryView';
import { ConversationView } from '@/components/library/ConversationView';

type View = { kind: 'library' } | { kind: 'conversation'; id: string };

/** The side panel: library → conversation → trace editor. Also opens as a tab at /sidepanel.html. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'library' });
  const toLibrary = () => setView({ kind: 'library' });

  switch (view.kind) {
    case 'conversation':
      return <ConversationView conversationId={view.id} onBack={toLibrary} />;
    default:
      return <LibraryView onOpenConversation={(id) => setView({ kind: 'conversation', id })} />;
  }
}
