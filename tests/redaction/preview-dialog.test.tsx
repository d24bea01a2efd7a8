import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { RedactionPreviewDialog } from '../../components/export/RedactionPreviewDialog';
import { addCustomTerm, findStudentData, type RedactionCandidate } from '../../lib/redaction/apply';
import { loadPeopleTagger } from '../../lib/redaction/people-tagger';
import { installI18n } from '../i18n-stub';
import { devCorpus } from '../fixtures/redaction/corpus-dev';
import { docOfSample } from './evaluate-corpus';

// These tests call the scan directly (synchronously): compromise's tagger is loaded first, as the extension does.
beforeAll(() => loadPeopleTagger());

const sample = devCorpus.find((s) => s.id === 'en-lunch-table')!;

/** The dialog with a parent that adds terms the way TraceExportPanel does. */
function Harness({ onConfirm }: { onConfirm: (keep: Set<string>) => void }) {
  const doc = docOfSample(sample);
  const [candidates, setCandidates] = useState<RedactionCandidate[]>(() => findStudentData(doc, []));
  return (
    <RedactionPreviewDialog
      candidates={candidates}
      fileName="ai-trace.pdf"
      onConfirm={onConfirm}
      onCancel={() => {}}
      onAddTerm={(term) => {
        const next = addCustomTerm(doc, candidates, term);
        setCandidates(next);
        return next.find((c) => c.kind === 'custom' && c.text === term)?.occurrences ?? 0;
      }}
    />
  );
}

describe('RedactionPreviewDialog', () => {
  test('each finding says its kind, why it was flagged and its pseudonym; keep or redact a whole kind; add a term', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<Harness onConfirm={onConfirm} />);
    const dialog = await screen.findByRole('dialog', { name: 'Check for student data before exporting' });

    const lunch = within(dialog).getByRole('region', { name: 'Lunch number (3)' });
    expect(within(lunch).getAllByText(/after “lunch #”|in the “Lunch #” column/).length).toBeGreaterThan(0);
    expect(within(lunch).getByText('Becomes [Lunch number 1]')).toBeInTheDocument();
    const students = within(dialog).getByRole('region', { name: /Student name/ });
    expect(within(students).getByText('Becomes [Student 1]')).toBeInTheDocument();

    // Keep every date of birth, then redact one of them again.
    const dates = within(dialog).getByRole('region', { name: /Date of birth/ });
    await user.click(within(dates).getByRole('button', { name: 'Keep all: Date of birth' }));
    for (const box of within(dates).getAllByRole('checkbox')) expect(box).not.toBeChecked();
    await user.click(within(dates).getAllByRole('checkbox')[0]!);

    // A term ShowWork was never told about.
    await user.type(within(dialog).getByLabelText('Add a term to redact'), 'Laura{Enter}');
    expect(await within(dialog).findByText('Added “Laura”: found 1 times.')).toBeInTheDocument();
    expect(within(dialog).getByRole('region', { name: 'Term you added (1)' })).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Add a term to redact'), 'Hogwarts{Enter}');
    expect(await within(dialog).findByText('“Hogwarts” does not appear in this trace.')).toBeInTheDocument();

    const result = await axe.run(dialog, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    const keep = onConfirm.mock.calls[0]![0] as Set<string>;
    expect(keep.size).toBe(2); // two of the three dates of birth kept
    expect([...keep].every((id) => id.startsWith('dateOfBirth:'))).toBe(true);
  });

  test('Spanish', async () => {
    installI18n('es');
    render(<Harness onConfirm={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Conservar todo: Número de comedor' })).toBeInTheDocument();
    expect(within(dialog).getAllByText(/después de «lunch #»|en la columna «Lunch #»/).length).toBeGreaterThan(0);
    expect(within(dialog).getByLabelText('Añadir un término que ocultar')).toBeInTheDocument();
  });
});
