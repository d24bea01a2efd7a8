import { useState } from 'react';
import type { ShowWorkDatabase } from '@/lib/db/schema';
import { fixTurn, undoTurnFix } from '@/lib/db/turn-fixes';
import { TurnFixError, type TurnFixAction, type TurnFixUndo } from '@/lib/capture/apply-turn-fixes';
import { t } from '@/lib/i18n/t';

/** What the live region says after the last fix, and the Undo it offers. */
export interface TurnFixStatus {
  message: string;
  undo?: TurnFixUndo;
}

/** Where focus goes once the fix shows: a turn's heading, or the conversation's heading when it is gone. */
export interface FocusRequest {
  turnId: string | undefined;
  /** Bumped on every request, so asking for the same turn twice still moves focus. */
  serial: number;
}

/**
 * Runs the teacher's turn fixes for one conversation and keeps the Undo of the latest one. The Undo stays until
 * the next fix or until the teacher leaves the conversation (no timeout: WCAG 2.2.1).
 */
export function useTurnFixes(db: ShowWorkDatabase, conversationId: string) {
  const [status, setStatus] = useState<TurnFixStatus>({ message: '' });
  const [focus, setFocus] = useState<FocusRequest | undefined>();
  const requestFocus = (turnId: string | undefined) => setFocus((f) => ({ turnId, serial: (f?.serial ?? 0) + 1 }));

  /** Applies `action`; on success announces `message` and, when given, moves focus to `focusTurnId`. */
  const run = async (action: TurnFixAction, message: string, focusTurnId?: string | null) => {
    try {
      const undo = await fixTurn(db, conversationId, action);
      setStatus({ message, undo });
      if (focusTurnId !== null) requestFocus(focusTurnId);
    } catch (error) {
      // Said in the live region either way; an unexpected error is also left to surface in the console.
      setStatus({ message: t('turnFixes_failed') });
      if (!(error instanceof TurnFixError)) throw error;
    }
  };

  const undo = async () => {
    const last = status.undo;
    if (!last) return;
    await undoTurnFix(db, last);
    setStatus({ message: t('turnFixes_undone') });
    // The Undo button disappears: focus goes to the turn the fix was about.
    requestFocus(last.action.turnId);
  };

  return { run, undo, status, focus };
}
