import { expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SitesSection } from '@/components/options/SitesSection';
import { chatSiteMatches } from '@/lib/adapters/site-hosts';
import { portalProfilesItem } from '@/lib/settings/portals';
import { autoRecordItem } from '@/lib/settings/auto-record';
import { installFakeSiteAccess } from '../../fake-site-access';

const noPolicy = () => vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);

test('lists every granted site except the AI sites and portals, each with auto-record and Remove', async () => {
  installFakeSiteAccess({
    required: chatSiteMatches,
    granted: ['https://tutor.example.org/*', 'https://district.instructure.com/*'],
  });
  await portalProfilesItem.setValue([
    {
      kind: 'canvas',
      id: 'c',
      name: 'Canvas',
      baseUrl: 'https://district.instructure.com',
      courseId: '1',
      courseName: '',
      assignmentId: '2',
      assignmentName: '',
      uploadOrigins: [],
    },
  ]);
  noPolicy();
  render(<SitesSection />);
  const list = await screen.findByRole('list', { name: 'Sites ShowWork works on' });
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((item) => item.firstChild?.textContent),
  ).toEqual(['tutor.example.org']);
  await userEvent.click(within(list).getByRole('checkbox', { name: 'Auto-record on tutor.example.org' }));
  expect(await autoRecordItem.getValue()).toEqual({ 'https://tutor.example.org': true });
});

test('Add asks the browser for the typed site, from the submit itself; the list updates when granted', async () => {
  const access = installFakeSiteAccess({ required: chatSiteMatches });
  noPolicy();
  render(<SitesSection />);
  expect(await screen.findByText('No other sites yet.')).toBeInTheDocument();
  const field = screen.getByLabelText('Address of an AI chat site');
  await userEvent.type(field, 'chat.example-ai.test/c/1');
  fireEvent.submit(field.closest('form')!);
  expect(access.requests).toEqual([['https://chat.example-ai.test/*']]);
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent(
      'ShowWork now works on chat.example-ai.test: use Capture trace on the page.',
    ),
  );
  expect(await screen.findByRole('button', { name: 'Remove chat.example-ai.test' })).toBeInTheDocument();
  expect(screen.getByLabelText('Address of an AI chat site')).toHaveValue('');
});

test('AI sites, portals and non-https addresses are refused with a reason, and never asked for', async () => {
  const access = installFakeSiteAccess();
  await portalProfilesItem.setValue([{ kind: 'generic', id: 'g', name: 'Portal', url: 'https://portal.test/submit' }]);
  noPolicy();
  render(<SitesSection />);
  const field = await screen.findByLabelText('Address of an AI chat site');
  const status = screen.getByRole('status');
  const submit = async (address: string) => {
    await userEvent.clear(field);
    await userEvent.type(field, `${address}{Enter}`);
  };
  await submit('https://chatgpt.com/c/1');
  expect(status).toHaveTextContent('ShowWork already works on ChatGPT.');
  await submit('portal.test');
  expect(status).toHaveTextContent('portal.test is one of your portals');
  await submit('http://localhost:8080');
  expect(status).toHaveTextContent('ShowWork can be added only to https pages');
  expect(access.requests).toEqual([]);
});

test('Remove revokes the permission; a site the browser or district granted is explained instead', async () => {
  installFakeSiteAccess({ required: ['https://policy.example/*'], granted: ['https://tutor.example.org/*'] });
  noPolicy();
  render(<SitesSection />);
  await userEvent.click(await screen.findByRole('button', { name: 'Remove tutor.example.org' }));
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent(
      'Removed tutor.example.org. Its open tabs lose the Capture trace button when reloaded.',
    ),
  );
  expect(await fakeBrowser.permissions.contains({ origins: ['https://tutor.example.org/*'] })).toBe(false);
  await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Remove tutor.example.org' })).toBeNull());

  await userEvent.click(screen.getByRole('button', { name: 'Remove policy.example' }));
  expect(screen.getByRole('status')).toHaveTextContent("so ShowWork can't remove it here");
  expect(screen.getByRole('button', { name: 'Remove policy.example' })).toBeInTheDocument();
});
