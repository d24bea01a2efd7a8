import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDatabase } from '@/lib/db/schema';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { getConversationTurns } from '@/lib/db/conversations';
import { fixTurn } from '@/lib/db/turn-fixes';
import { AddTurnsPicker } from '@/components/trace-editor/AddTurnsPicker';
import { numberOutputs, offeredSources } from '@/components/trace-editor/trace-sources';
import { buildNewTrace } from '@/lib/trace/create-trace';
import { defaultFramework } from '@/lib/framework/default-framework';

const db = getDatabase();
let conversationId: string;
let ids: string[];

beforeEach(async () => {
  await db.delete();
  await db.open();
  ({ conversationId } = await mergeCapturedConversation(db, {
    site: 'web',
    externalId: 'tutor-1',
    url: 'https://tutor.example/chat/1',
    title: 'Fractions with a tutor bot',
    turns: [
      { role: 'user', text: 'Plan a lesson', markdown: 'Plan a lesson' },
      { role: 'assistant', text: 'Part one.', markdown: 'Part one.' },
      { role: 'assistant', text: 'Part two.', markdown: 'Part two.' },
      { role: 'assistant', text: 'Upgrade to Pro', markdown: 'Upgrade to Pro' },
    ],
  }));
  ids = (await getConversationTurns(db, conversationId)).map((turn) => turn.id);
  await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! });
  await fixTurn(db, conversationId, { kind: 'remove', turnId: ids[3]! });
});

describe("the trace editor's turn sources", () => {
  test('offer the fixed turns; a trace that already has a hidden turn keeps seeing it', async () => {
    const conversation = (await db.conversations.get(conversationId))!;
    const turns = await getConversationTurns(db, conversationId);
    const fresh = offeredSources([{ conversation, turns }], new Set());
    expect(fresh[0]!.turns.map((turn) => turn.id)).toEqual([ids[0], ids[1]]);
    expect([...numberOutputs(fresh).entries()]).toEqual([[ids[1], 1]]);

    const older = offeredSources([{ conversation, turns }], new Set(ids));
    expect(older[0]!.turns.map((turn) => turn.id)).toEqual(ids);
  });

  test('buildNewTrace leaves out removed and merged-away turns', async () => {
    const turns = await getConversationTurns(db, conversationId);
    const trace = buildNewTrace({ id: conversationId, title: 'T' }, turns, {
      profile: { defaultCredentialId: null, defaultLevel: null },
      framework: defaultFramework,
      fallbackTitle: 'Untitled',
    });
    expect(trace.items.map((item) => item.turnId)).toEqual([ids[0], ids[1]]);
  });

  test('Add turns offers only the fixed turns, numbered as the conversation view numbers them', async () => {
    const user = userEvent.setup();
    const added: string[][] = [];
    render(<AddTurnsPicker excludeTurnIds={new Set()} onAdd={(_c, turnIds) => added.push(turnIds)} />);
    await user.click(screen.getByRole('button', { name: 'Add turns from another conversation' }));
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByRole('combobox'), conversationId);
    await screen.findByRole('checkbox', { name: 'Turn 2 (AI output)' });
    expect(screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Turn 1 (prompt)',
      'Turn 2 (AI output)',
    ]);
    await user.click(screen.getByRole('button', { name: 'Add all turns' }));
    expect(added).toEqual([[ids[0], ids[1]]]);
  });
});
