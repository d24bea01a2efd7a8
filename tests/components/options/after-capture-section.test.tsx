import { expect, test, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AfterCaptureSection } from '@/components/options/AfterCaptureSection';
import { afterCaptureItem } from '@/lib/settings/after-capture';

test('the choice shows checked from the click on, while storage catches up, and is saved', async () => {
  render(<AfterCaptureSection />);
  const trace = await screen.findByRole('radio', { name: 'The trace' });
  const conversation = screen.getByRole('radio', { name: 'The conversation' });
  expect(trace).toBeChecked();
  // Storage answers late: the radio must not go back to the old choice meanwhile.
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    await released;
    return set(items);
  });
  await userEvent.click(conversation);
  expect(conversation).toBeChecked();
  expect(trace).not.toBeChecked();
  await act(async () => release());
  await screen.findByText('Saved.');
  expect(await afterCaptureItem.getValue()).toBe('conversation');
  expect(conversation).toBeChecked();
});

test('a change made elsewhere (another Options tab) shows', async () => {
  render(<AfterCaptureSection />);
  await userEvent.click(await screen.findByRole('radio', { name: 'The conversation' }));
  await screen.findByText('Saved.');
  await act(() => afterCaptureItem.setValue('trace'));
  await vi.waitFor(() => expect(screen.getByRole('radio', { name: 'The trace' })).toBeChecked());
});
