import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { FrameworkSection } from '../../../components/options/FrameworkSection';
import { getDatabase } from '../../../lib/db/schema';
import { activeFrameworkIdItem } from '../../../lib/framework/active-framework';

const db = getDatabase();
const example = readFileSync(resolve(import.meta.dirname, '../../fixtures/frameworks/example-district.json'), 'utf8');
const asFile = (text: string) => new File([text], 'framework.json', { type: 'application/json' });

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('FrameworkSection', () => {
  test('imports a good file, lists it and makes it active; the default can be chosen again', async () => {
    const user = userEvent.setup();
    render(<FrameworkSection />);
    expect(await screen.findByRole('radio', { name: /District AI credentials \(default\)/ })).toBeChecked();
    await user.upload(screen.getByLabelText('Import a district framework (JSON file)'), asFile(example));
    expect(
      await screen.findByText('Imported “Riverside USD AI Micro-credentials”. It is now the active framework.'),
    ).toBeInTheDocument();
    const imported = await screen.findByRole('radio', { name: /Riverside USD AI Micro-credentials/ });
    await waitFor(() => expect(imported).toBeChecked());
    await user.click(screen.getByRole('radio', { name: /District AI credentials \(default\)/ }));
    await waitFor(async () => expect(await activeFrameworkIdItem.getValue()).toBe('district-default'));
    await user.click(screen.getByRole('button', { name: 'Remove the framework “Riverside USD AI Micro-credentials”' }));
    await waitFor(() => expect(screen.queryByRole('radio', { name: /Riverside/ })).toBeNull());
  });

  test('a bad file is reported with its field and line, and nothing changes', async () => {
    const user = userEvent.setup();
    render(<FrameworkSection />);
    const bad = example.replace('"name": "Teaching with AI"', '"name": 42');
    await user.upload(await screen.findByLabelText('Import a district framework (JSON file)'), asFile(bad));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Problem in field “competencies[1].name” on line 21: it should be of type string. Nothing was imported.',
      ),
    );
    expect(await db.frameworks.count()).toBe(0);
    expect(await activeFrameworkIdItem.getValue()).toBe('district-default');

    await user.upload(screen.getByLabelText('Import a district framework (JSON file)'), asFile('{\n  "schema": \n}'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/not valid JSON: line 3, column 1/));
  });
});
