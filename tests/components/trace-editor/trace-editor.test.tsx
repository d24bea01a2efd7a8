import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { TraceEditor } from '../../../components/trace-editor/TraceEditor';
import { NewTraceButton } from '../../../components/trace-editor/NewTraceButton';
import { getDatabase } from '../../../lib/db/schema';
import { emptyProfile, teacherProfileItem } from '../../../lib/settings/profile';
import { saveTraceFields } from '../../../lib/trace/trace-updates';
import { seedConversation } from '../../trace/trace-fixtures';
import { installI18n } from '../../i18n-stub';

const db = getDatabase();

const aiPlan =
  'Warm up with a number line. Students fold paper strips into halves and quarters. They compare the strips and write one sentence about equal parts.';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  // The fast path: the teacher's profile names the credential they are working towards.
  await teacherProfileItem.setValue({ ...emptyProfile, defaultCredentialId: 'ai-planning-differentiation' });
  await seedConversation(db, 'c1', 'Fractions lesson', [
    { role: 'user', text: 'Plan a 20-minute fractions lesson for grade 3.' },
    { role: 'assistant', text: 'Sure. What materials do you have?' },
    { role: 'user', text: 'Paper strips.' },
    { role: 'assistant', text: aiPlan },
  ]);
});

/** Creates a trace through the real "New trace" button and opens it in the editor. */
async function openNewTrace(): Promise<string> {
  const user = userEvent.setup();
  const onCreated = vi.fn();
  const view = render(<NewTraceButton conversationId="c1" onCreated={onCreated} />);
  await user.click(screen.getByRole('button', { name: 'New trace' }));
  await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
  view.unmount();
  const traceId = onCreated.mock.calls[0]![0] as string;
  render(<TraceEditor traceId={traceId} onBack={() => {}} />);
  await screen.findByRole('heading', { level: 1, name: 'Fractions lesson' });
  await screen.findByRole('checkbox', { name: 'Include turn 1 (your prompt)' });
  // The sections below the turns follow the first view in a transition, from a chunk of their own (TraceEditor's
  // isFullView): the test's first import of it is transformed on the spot, slow on a busy two-core machine.
  await screen.findByRole('button', { name: 'Delete trace' });
  return traceId;
}

const stored = async (id: string) => (await db.traces.get(id))!;

describe('TraceEditor', () => {
  test('renders the new trace: every turn ticked, a radio group per AI output', async () => {
    await openNewTrace();
    const includes = screen.getAllByRole('checkbox', { name: /^Include turn/ });
    expect(includes).toHaveLength(4);
    for (const box of includes) expect(box).toBeChecked();
    const second = screen.getByRole('group', { name: 'What did you do with AI output 2?' });
    for (const name of ['Accepted', 'Rejected', 'Revised']) {
      expect(within(second).getByRole('radio', { name })).not.toBeChecked();
    }
    expect(screen.getAllByText('Not marked yet.')).toHaveLength(2);
  });

  test('marking an output saves it, with a why note', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'What did you do with AI output 2?' });
    await user.click(within(group).getByRole('radio', { name: 'Revised' }));
    await user.type(within(group).getByRole('textbox', { name: 'Why? (optional)' }), 'Too long');
    await waitFor(async () => expect((await stored(id)).marks['c1-t3']).toEqual({ mark: 'revised', note: 'Too long' }));
  });

  test('typing the final artifact shows the edit figures against the last AI output', async () => {
    await openNewTrace();
    const user = userEvent.setup();
    const artifact = screen.getByRole('textbox', { name: 'Final artifact' });
    await user.click(artifact);
    // The AI plan has 25 words. "one sentence" → "two sentences" and three words appended: 23 kept,
    // 5 added, 2 removed; 5 of the artifact's 28 words are the teacher's (17.9 %, shown rounded).
    await user.paste(aiPlan.replace('one sentence', 'two sentences') + ' Share with partners.');
    await waitFor(() => expect(screen.getByText('Words kept').nextSibling?.textContent).toBe('23'));
    expect(screen.getByText('Words added').nextSibling?.textContent).toBe('5');
    expect(screen.getByText('Words removed').nextSibling?.textContent).toBe('2');
    expect(screen.getByText('Written by you').nextSibling?.textContent).toBe('18%');
    expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveDisplayValue('Best match (AI output 2)');
  });

  test('reflection fields are found by their labels and described by their helper text', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    for (const label of ['Learning goal', 'What I changed and why', 'Risk', 'Benefit', 'Safeguard']) {
      const field = screen.getByRole('textbox', { name: label });
      expect(field).toHaveAccessibleDescription(/\S/);
    }
    await user.type(screen.getByRole('textbox', { name: 'Risk' }), 'Wrong answer key');
    await waitFor(async () => expect((await stored(id)).reflection.risk).toBe('Wrong answer key'));
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument());
  });

  test('Mark ready is blocked with the missing items listed; a note why lets it through', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    // A fresh trace is not a wall of errors: fields are flagged only once Mark ready is refused.
    expect(screen.queryByText('Needed before this trace is ready.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mark ready' }));
    expect(screen.getByRole('textbox', { name: 'Risk' })).toHaveAccessibleDescription(
      /Needed before this trace is ready\./,
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Not ready yet \(missing: 12\)/));
    const list = screen.getByRole('list', { name: 'Still missing (12):' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Final artifact',
      'Reflection: learning goal',
      'Reflection: what I changed and why',
      'Reflection: risk',
      'Reflection: benefit',
      'Reflection: safeguard',
      'Responsible use: output verified for accuracy and bias',
      'Responsible use: no student personal data',
      'Responsible use: human review before use',
      'Responsible use: AI use disclosed where required',
      'Mark AI output 1',
      'Mark AI output 2',
    ]);
    expect((await stored(id)).status).toBe('draft');

    // A missing item moves focus to its field.
    await user.click(within(list).getByRole('button', { name: 'Reflection: risk' }));
    expect(screen.getByRole('textbox', { name: 'Risk' })).toHaveFocus();

    await user.type(
      screen.getByRole('textbox', { name: 'Why is it ready anyway? (optional)' }),
      'Planning evidence only',
    );
    await user.click(screen.getByRole('button', { name: 'Mark ready' }));
    await waitFor(async () => expect((await stored(id)).status).toBe('ready'));
    expect(await screen.findByText('This trace is ready.')).toBeInTheDocument();
  });

  test('a complete trace is marked ready without a note', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    for (const n of [1, 2]) {
      await user.click(
        within(screen.getByRole('group', { name: `What did you do with AI output ${n}?` })).getByRole('radio', {
          name: 'Accepted',
        }),
      );
    }
    await user.click(screen.getByRole('textbox', { name: 'Final artifact' }));
    await user.paste(aiPlan);
    for (const label of ['Learning goal', 'What I changed and why', 'Risk', 'Benefit', 'Safeguard']) {
      await user.click(screen.getByRole('textbox', { name: label }));
      await user.paste(`${label} answer`);
    }
    for (const box of within(screen.getByRole('group', { name: 'Required on every trace' })).getAllByRole('checkbox')) {
      await user.click(box);
    }
    expect(await screen.findByText('Everything this credential and level ask for is here.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark ready' }));
    await waitFor(async () => expect((await stored(id)).status).toBe('ready'));
  });

  test('Undo takes back the last change (button and Ctrl+Z outside text fields)', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'What did you do with AI output 1?' });
    await user.click(within(group).getByRole('radio', { name: 'Rejected' }));
    await user.click(within(group).getByRole('radio', { name: 'Accepted' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(within(group).getByRole('radio', { name: 'Rejected' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(group).getByRole('radio', { name: 'Rejected' })).not.toBeChecked();
    await waitFor(async () => expect((await stored(id)).marks['c1-t1']).toBeUndefined());

    await user.type(screen.getByRole('textbox', { name: 'Benefit' }), 'Saved time');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('textbox', { name: 'Benefit' })).toHaveValue('');
  });

  test('a change saved by another panel shows up in fields not being edited', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    const risk = screen.getByRole('textbox', { name: 'Risk' });
    await user.click(risk);
    await user.type(risk, 'Mine');
    await act(() =>
      saveTraceFields(db, id, [{ path: 'reflection.benefit', value: 'From the other panel', at: Date.now() + 10 }]),
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Benefit' })).toHaveValue('From the other panel'));
    expect(risk).toHaveValue('Mine');
    await waitFor(async () =>
      expect((await stored(id)).reflection).toMatchObject({ risk: 'Mine', benefit: 'From the other panel' }),
    );
  });

  test('deleting asks first, and Undo restores the trace', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Safeguard' }), 'Checked');
    await user.click(screen.getByRole('button', { name: 'Delete trace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this trace?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.traces.get(id)).toBeUndefined());
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Fractions lesson”.');
    await user.click(undo);
    await waitFor(async () => expect((await stored(id)).reflection.safeguard).toBe('Checked'));
    expect(await screen.findByRole('textbox', { name: 'Safeguard' })).toHaveValue('Checked');
  });

  test('unticking a turn removes it from the trace and its mark group', async () => {
    const id = await openNewTrace();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Include turn 2 (AI output 1)' }));
    expect(screen.queryByRole('group', { name: 'What did you do with AI output 1?' })).toBeNull();
    await waitFor(async () =>
      expect((await stored(id)).items.map((i) => i.turnId)).toEqual(['c1-t0', 'c1-t2', 'c1-t3']),
    );
  });

  test('turns from another conversation can be added', async () => {
    await seedConversation(
      db,
      'c2',
      'Checked in Claude',
      [
        { role: 'user', text: 'Is this plan accurate?' },
        { role: 'assistant', text: 'Yes, halves and quarters are right.' },
      ],
      'claude',
      9_000,
    );
    const id = await openNewTrace();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add turns from another conversation' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Conversation' }),
      await screen.findByRole('option', { name: 'Checked in Claude (Claude)' }),
    );
    await user.click(await screen.findByRole('checkbox', { name: 'Turn 2 (AI output)' }));
    await user.click(screen.getByRole('button', { name: 'Add selected turns' }));
    await waitFor(async () =>
      expect((await stored(id)).items.at(-1)).toEqual({ turnId: 'c2-t1', conversationId: 'c2' }),
    );
    expect(await screen.findByRole('group', { name: 'What did you do with AI output 3?' })).toBeInTheDocument();
  });
});

describe('TraceEditor in Spanish', () => {
  test('the same controls carry their Spanish names', async () => {
    installI18n('es');
    const user = userEvent.setup();
    const onCreated = vi.fn();
    const view = render(<NewTraceButton conversationId="c1" onCreated={onCreated} />);
    await user.click(screen.getByRole('button', { name: 'Nueva traza' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    view.unmount();
    render(<TraceEditor traceId={onCreated.mock.calls[0]![0] as string} onBack={() => {}} />);
    const group = await screen.findByRole('group', { name: '¿Qué hizo con la respuesta de la IA 2?' });
    for (const name of ['Aceptada', 'Rechazada', 'Revisada'])
      expect(within(group).getByRole('radio', { name })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Eliminar traza' });
    for (const label of [
      'Artefacto final',
      'Objetivo de aprendizaje',
      'Qué cambié y por qué',
      'Riesgo',
      'Beneficio',
      'Salvaguarda',
    ]) {
      expect(screen.getByRole('textbox', { name: label })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Marcar como lista' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Aún no está lista (falta: 12).'));
  });
});
