import { ConversationView } from '@/components/library/ConversationView';
import { NewTraceButton } from '@/components/trace-editor/NewTraceButton';

export interface ConversationRouteProps {
  conversationId: string;
  onBack(): void;
  onOpenTrace(id: string): void;
}

/** One conversation with its New trace button. Its own chunk, so a capture's draft doesn't wait on it. */
export function ConversationRoute({ conversationId, onBack, onOpenTrace }: ConversationRouteProps) {
  return (
    <ConversationView
      conversationId={conversationId}
      onBack={onBack}
      actions={<NewTraceButton conversationId={conversationId} onCreated={onOpenTrace} />}
    />
  );
}
