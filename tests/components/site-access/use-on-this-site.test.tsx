import { expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UseOnThisSite } from '@/components/library/UseOnThisSite';
import { autoRecordItem } from '@/lib/settings/auto-record';
import { installFakeSiteAccess } from '../../fake-site-access';

const activeTab = (url: string | undefined) =>
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url }] as never);

test('on a site ShowWork does not know, one click asks the browser for that site and says what happened', async () => {
  const access = installFakeSiteAccess();
  activeTab('https://tutor.example.org/chat/3');
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
  render(<UseOnThisSite />);
  const button = await screen.findByRole('button', { name: 'Use ShowWork on tutor.example.org' });
  expect(button).toHaveAccessibleDescription(/Your browser asks you first/);
  fireEvent.click(button);
  // Asked during the click itself, nothing awaited first: Firefox shows the prompt only then.
  expect(access.requests).toEqual([['https://tutor.example.org/*']]);
  // Once granted, the panel shows the site as allowed, with its own auto-record switch (keyed by origin).
  expect(await screen.findByText('ShowWork works on tutor.example.org.')).toBeInTheDocument();
  const autoRecord = await screen.findByRole('checkbox', { name: 'Auto-record on tutor.example.org' });
  await userEvent.click(autoRecord);
  expect(await autoRecordItem.getValue()).toEqual({ 'https://tutor.example.org': true });
});

test('a refusal is said plainly and the button stays', async () => {
  const access = installFakeSiteAccess();
  access.answer = false;
  activeTab('https://tutor.example.org/chat/3');
  render(<UseOnThisSite />);
  await userEvent.click(await screen.findByRole('button', { name: 'Use ShowWork on tutor.example.org' }));
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent('ShowWork was not allowed on tutor.example.org.'),
  );
  expect(screen.getByRole('button', { name: 'Use ShowWork on tutor.example.org' })).toBeInTheDocument();
});

test.each([
  ['an AI site ShowWork knows', 'https://claude.ai/chat/1'],
  ['an http page (only https can be asked for)', 'http://localhost:3000/'],
  ['a browser page', 'chrome://extensions/'],
  ['a tab whose address the browser does not share', undefined],
])('nothing is offered on %s', async (_name, url) => {
  installFakeSiteAccess();
  activeTab(url);
  const { container } = render(<UseOnThisSite />);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(container).toBeEmptyDOMElement();
});
