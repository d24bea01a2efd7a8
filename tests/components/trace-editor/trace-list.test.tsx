import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { TraceList } from '../../../components/traces/TraceList';
import { getDatabase } from '../../../lib/db/schema';
import { makeTrace } from '../../trace/trace-fixtures';

const db = getDatabase();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const titles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('TraceList', () => {
  test('lists traces newest first with status and credential, and filters them', async () => {
    await db.traces.bulkAdd([
      makeTrace({
        id: 'a',
        title: 'Evaluación de fracciones',
        status: 'ready',
        credentialId: 'ai-feedback-assessment-reflection',
        updatedAt: 3,
      }),
      makeTrace({
        id: 'b',
        title: 'Fractions lesson plan',
        status: 'draft',
        credentialId: 'ai-planning-differentiation',
        updatedAt: 2,
      }),
      makeTrace({ id: 'c', title: 'Parent letter', status: 'draft', credentialId: null, updatedAt: 1 }),
    ]);
    const onOpen = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<TraceList searchQuery="" onOpenTrace={onOpen} />);
    expect(await screen.findByRole('heading', { name: 'Traces (3)' })).toBeInTheDocument();
    // The heading's count and the list's first page are separate queries: the count can arrive first.
    await screen.findByRole('list');
    expect(titles()).toEqual(['Evaluación de fracciones', 'Fractions lesson plan', 'Parent letter']);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(/Ready.*AI for Feedback, Assessment, and Reflection/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Draft');
    await waitFor(() => expect(titles()).toEqual(['Fractions lesson plan', 'Parent letter']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential' }), 'No credential chosen');
    await waitFor(() => expect(titles()).toEqual(['Parent letter']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Credential' }),
      'AI for Planning and Differentiation',
    );
    await waitFor(() => expect(titles()).toEqual(['Fractions lesson plan']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential' }), 'All');

    // The library's search box filters titles, ignoring case and accents.
    rerender(<TraceList searchQuery="EVALUACION" onOpenTrace={onOpen} />);
    expect(await screen.findByText('Showing 1 of 3 traces')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Evaluación de fracciones' }));
    expect(onOpen).toHaveBeenCalledWith('a');
    rerender(<TraceList searchQuery="zebra" onOpenTrace={onOpen} />);
    expect(await screen.findByText('No traces match these filters.')).toBeInTheDocument();
  });

  test('5,000 traces render a page at a time', async () => {
    await db.traces.bulkAdd(
      Array.from({ length: 5000 }, (_, i) => makeTrace({ id: `t${i}`, title: `Trace ${i}`, updatedAt: i })),
    );
    const user = userEvent.setup();
    render(<TraceList searchQuery="" onOpenTrace={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Traces (5000)' })).toBeInTheDocument();
    // As above, the count can arrive before the list's first page.
    expect(within(await screen.findByRole('list')).getAllByRole('listitem')).toHaveLength(50);
    expect(titles()[0]).toBe('Trace 4999');
    // The first page comes from the index; "Show more" reads the rest and shows the next page.
    await user.click(await screen.findByRole('button', { name: 'Show 50 more' }));
    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(100));
    expect(titles()[99]).toBe('Trace 4900');
  });

  test('with no traces it says how to make one', async () => {
    render(<TraceList searchQuery="" onOpenTrace={() => {}} />);
    expect(await screen.findByText(/No traces yet/)).toBeInTheDocument();
  });
});
