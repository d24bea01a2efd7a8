import { expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AutoRecordToggle } from '@/components/library/AutoRecordToggle';
import { autoRecordItem } from '@/lib/settings/auto-record';

const activeTab = (url: string) => vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url }] as never);

test('turns auto-record on and off for the AI site in the current tab', async () => {
  activeTab('https://claude.ai/chat/abc');
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
  render(<AutoRecordToggle />);
  const box = await screen.findByRole('checkbox', { name: 'Auto-record on Claude' });
  expect(box).not.toBeChecked();
  await userEvent.click(box);
  expect(await autoRecordItem.getValue()).toEqual({ claude: true });
  await userEvent.click(box);
  expect(await autoRecordItem.getValue()).toEqual({ claude: false });
});

test('hidden on pages that are not AI chats', async () => {
  activeTab('https://www.example.org/');
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
  const { container } = render(<AutoRecordToggle />);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(container).toBeEmptyDOMElement();
});
