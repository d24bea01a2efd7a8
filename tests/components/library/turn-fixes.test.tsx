import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { getDatabase } from '@/lib/db/schema';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { getConversationTurns } from '@/lib/db/conversations';
import { visibleTurns } from '@/lib/capture/apply-turn-fixes';
import { ConversationView } from '@/components/library/ConversationView';
import type { ExtractedConversation, ReaderId } from '@/lib/model/conversation';
import { installI18n } from '../../i18n-stub';

const db = getDatabase();
beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function capture(reader?: ReaderId): Promise<string> {
  const rows: ['user' | 'assistant', string][] = [
    ['user', 'Plan a fractions lesson'],
    ['assistant', 'Warm-up: pizza slices.'],
    ['assistant', 'Main task: fraction strips.'],
    ['assistant', 'Now make it shorter'],
    ['assistant', 'A shorter plan.'],
    ['assistant', 'Free plan: 3 messages left'],
  ];
  const page: ExtractedConversation = {
    site: 'web',
    externalId: 'tutor-1',
    url: 'https://tutor.example/chat/1',
    title: 'Fractions with a tutor bot',
    turns: rows.map(([role, text]) => ({ role, text, markdown: text })),
  };
  const { conversationId } = await mergeCapturedConversation(db, page);
  // The reader is recorded on the conversation by the capture path (another helper's change); set it here.
  if (reader) await db.conversations.update(conversationId, { reader });
  return conversationId;
}

const headings = () => screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent);

async function expectNoAxeViolations(root: Element) {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

describe('ConversationView: the general reader note', () => {
  test('a conversation read by the structural reader says so, with a hint to the fixes', async () => {
    render(<ConversationView conversationId={await capture('structural')} onBack={() => {}} />);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent("Read with ShowWork's general reader — check the turns");
    expect(note).toHaveTextContent(/Fix turn/);
  });

  test('no note for a site reader or a record from 0.1.0', async () => {
    const id = await capture('site');
    render(<ConversationView conversationId={id} onBack={() => {}} />);
    await screen.findAllByRole('article');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  test('in Spanish', async () => {
    installI18n('es');
    render(<ConversationView conversationId={await capture('structural')} onBack={() => {}} />);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Leída con el lector general de ShowWork: revisa los turnos',
    );
    expect(await screen.findByRole('button', { name: 'Corregir turno 1' })).toBeInTheDocument();
  });
});

describe('ConversationView: fixing turns from the keyboard', () => {
  test('switch, merge and remove, each stored, announced and undoable; focus follows', async () => {
    const user = userEvent.setup();
    const conversationId = await capture('structural');
    const { container } = render(<ConversationView conversationId={conversationId} onBack={() => {}} />);
    await screen.findAllByRole('article');
    expect(headings()).toEqual(['Prompt', 'AI output', 'AI output', 'AI output', 'AI output', 'AI output']);
    const status = screen.getByRole('status');
    await expectNoAxeViolations(container);

    // Switch: keyboard only. Focus stays on the (relabelled) button.
    screen.getByRole('button', { name: 'Fix turn 4' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Fix turn 4' })).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Make turn 4 a prompt');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(headings()[3]).toBe('Prompt'));
    await waitFor(() => expect(status).toHaveTextContent('Turn 4 is now a prompt.'));
    expect(document.activeElement).toHaveAccessibleName('Make turn 4 an AI output');
    await expectNoAxeViolations(container);

    // Merge turns 2 and 3: one answer; focus on the merged turn.
    await user.click(screen.getByRole('button', { name: 'Fix turn 2' }));
    await user.click(screen.getByRole('button', { name: 'Merge turn 2 with turn 3' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(5));
    const merged = screen.getAllByRole('article')[1]!;
    expect(merged).toHaveTextContent('Warm-up: pizza slices.');
    expect(merged).toHaveTextContent('Main task: fraction strips.');
    expect(merged).toHaveTextContent('Merged from 2 turns.');
    // The list can show the merge before the fix's own promise settles and asks for focus.
    await waitFor(() => expect(document.activeElement).toBe(within(merged).getByRole('heading')));
    await waitFor(() => expect(status).toHaveTextContent('Turns 2 and 3 merged into turn 2.'));

    // Remove the banner (now turn 5, the last): focus goes to the turn before it.
    await user.click(screen.getByRole('button', { name: 'Fix turn 5' }));
    await user.click(screen.getByRole('button', { name: 'Remove turn 5 (not part of the conversation)' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(4));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(screen.getAllByRole('article')[3]!).getByRole('heading')),
    );
    expect(status).toHaveTextContent('Turn 5 removed. It is kept under Removed turns.');
    expect(screen.getByRole('button', { name: 'Removed turns (1)' })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    // The database holds the fixed conversation.
    const stored = visibleTurns(await getConversationTurns(db, conversationId));
    expect(stored.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);

    // Undo the removal: the banner is back, focus on it, Undo gone.
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(5));
    await waitFor(() => expect(status).toHaveTextContent('Undone.'));
    expect(within(status).queryByRole('button')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(screen.getAllByRole('article')[4]!).getByRole('heading')),
    );
    expect(screen.queryByRole('button', { name: /Removed turns/ })).not.toBeInTheDocument();
  });

  test('removed turns can be restored later from the Removed turns list', async () => {
    const user = userEvent.setup();
    const conversationId = await capture('structural');
    render(<ConversationView conversationId={conversationId} onBack={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Fix turn 6' }));
    await user.click(screen.getByRole('button', { name: 'Remove turn 6 (not part of the conversation)' }));
    await user.click(await screen.findByRole('button', { name: 'Fix turn 1' }));
    await user.click(screen.getByRole('button', { name: 'Make turn 1 an AI output' }));
    await waitFor(() => expect(headings()[0]).toBe('AI output'));

    const toggle = screen.getByRole('button', { name: 'Removed turns (1)' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(document.body);
    await user.click(screen.getByRole('button', { name: 'Restore removed turn: Free plan: 3 messages left' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(6));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Turn restored as turn 6.'));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(screen.getAllByRole('article')[5]!).getByRole('heading')),
    );
    // The earlier role fix is untouched by the restore.
    expect(headings()[0]).toBe('AI output');
  });

  test('a merged turn can be split back', async () => {
    const user = userEvent.setup();
    render(<ConversationView conversationId={await capture()} onBack={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Fix turn 2' }));
    await user.click(screen.getByRole('button', { name: 'Merge turn 2 with turn 3' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Split turn 2 back into 2 turns' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(6));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Turn 2 split back into 2 turns.'));
  });

  test('the last turn offers no merge', async () => {
    const user = userEvent.setup();
    render(<ConversationView conversationId={await capture()} onBack={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Fix turn 6' }));
    expect(screen.queryByRole('button', { name: /Merge turn 6/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make turn 6 a prompt' })).toBeInTheDocument();
  });
});
