import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PortalsSection } from '@/components/options/PortalsSection';
import { getDatabase } from '@/lib/db/schema';
import {
  portalProfilesItem,
  readTeacherPortals,
  savePortalProfile,
  type CanvasPortalProfile,
} from '@/lib/settings/portals';
import { startGenericPortalServer, type GenericPortalServer } from '../servers/generic-portal-server';

const db = getDatabase();
let server: GenericPortalServer | undefined;

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function startServer() {
  // happy-dom enforces CORS for its page origin; the portal contract's CORS answer is extended to it here.
  server = await startGenericPortalServer({ extraCorsOrigins: [location.origin], name: 'Springfield evidence portal' });
  return server;
}

describe('portals on the options page', () => {
  test('add a generic portal: the token goes to IndexedDB, never to extension storage', async () => {
    const portal = await startServer();
    const user = userEvent.setup();
    render(<PortalsSection />);
    await user.click(await screen.findByRole('button', { name: 'Add portal' }));
    await user.type(screen.getByLabelText('Name (as you want to see it)'), 'District portal');
    await user.type(screen.getByLabelText('Submission address (URL)'), portal.url);
    await user.type(screen.getByLabelText('Access token (optional)'), 'portal-token');

    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(
      await screen.findByText('Connected to Springfield evidence portal. The address and token work.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save portal' }));
    expect(await screen.findByRole('heading', { name: 'District portal' })).toBeInTheDocument();
    expect(screen.getByText(/token saved/)).toBeInTheDocument();
    const [saved] = await readTeacherPortals();
    expect(saved).toMatchObject({ kind: 'generic', name: 'District portal', url: portal.url });
    expect(await db.portalSecrets.get(saved!.id)).toEqual({ portalId: saved!.id, token: 'portal-token' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('portal-token');
  });

  test('Test connection explains a wrong token and a wrong address in plain words', async () => {
    const portal = await startServer();
    await savePortalProfile(db, { kind: 'generic', id: 'a', name: 'Wrong token', url: portal.url }, 'nope');
    await savePortalProfile(
      db,
      { kind: 'generic', id: 'b', name: 'Wrong path', url: `${portal.origin}/nothing/here` },
      'portal-token',
    );
    const user = userEvent.setup();
    render(<PortalsSection />);
    const [first, second] = await screen.findAllByRole('listitem');
    await user.click(within(first!).getByRole('button', { name: 'Test connection' }));
    expect(
      await within(first!).findByText(
        /The portal did not accept the token\. Check that you pasted all of it, or ask for a new one\. The portal said: “Unauthorized — The bearer token is missing or not valid\.”/,
      ),
    ).toBeInTheDocument();
    await user.click(within(second!).getByRole('button', { name: 'Test connection' }));
    expect(await within(second!).findByText(/Nothing was found at this address/)).toBeInTheDocument();
  });

  test('an unreachable portal is explained (network, or no CORS for extensions)', async () => {
    const portal = await startGenericPortalServer({ cors: false });
    server = portal;
    await savePortalProfile(db, { kind: 'generic', id: 'a', name: 'No CORS', url: portal.url }, undefined);
    const user = userEvent.setup();
    render(<PortalsSection />);
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/ShowWork could not reach the portal/)).toBeInTheDocument();
  });

  test('an http address that is not this machine is refused before anything is sent', async () => {
    const user = userEvent.setup();
    render(<PortalsSection />);
    await user.click(await screen.findByRole('button', { name: 'Add portal' }));
    await user.type(screen.getByLabelText('Name (as you want to see it)'), 'Plain http');
    await user.type(screen.getByLabelText('Submission address (URL)'), 'http://portal.example.org/in');
    await user.click(screen.getByRole('button', { name: 'Save portal' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('It must be a full address starting with https://'),
    );
    expect(await readTeacherPortals()).toEqual([]);
  });

  test('removing a portal deletes its token', async () => {
    await savePortalProfile(
      db,
      { kind: 'generic', id: 'a', name: 'Old portal', url: 'https://portal.example/in' },
      'tok',
    );
    const user = userEvent.setup();
    render(<PortalsSection />);
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed Old portal and its token.')).toBeInTheDocument();
    expect(await db.portalSecrets.count()).toBe(0);
    expect(await readTeacherPortals()).toEqual([]);
  });

  test('Canvas: a refused permission leaves a clear message and saves nothing', async () => {
    const canvas: CanvasPortalProfile = {
      kind: 'canvas',
      id: 'c',
      name: 'District Canvas',
      baseUrl: 'https://district.instructure.com',
      courseId: '1',
      courseName: 'PD',
      assignmentId: '2',
      assignmentName: 'Evidence',
      uploadOrigins: ['https://*.instructure-uploads.com/*'],
    };
    await savePortalProfile(db, canvas, 'canvas-token');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const user = userEvent.setup();
    render(<PortalsSection />);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const name = screen.getByLabelText('Name (as you want to see it)');
    await user.clear(name);
    await user.type(name, 'Renamed Canvas');
    await user.click(screen.getByRole('button', { name: 'Save portal' }));

    expect(request).toHaveBeenCalledWith({
      origins: ['https://district.instructure.com/*', 'https://*.instructure-uploads.com/*'],
    });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'ShowWork needs your permission to reach district.instructure.com and its upload site. Nothing was saved.',
      ),
    );
    expect((await portalProfilesItem.getValue())[0]?.name).toBe('District Canvas');

    request.mockResolvedValue(true as never);
    await user.click(screen.getByRole('button', { name: 'Save portal' }));
    expect(await screen.findByText('Saved Renamed Canvas.')).toBeInTheDocument();
    expect((await portalProfilesItem.getValue())[0]?.name).toBe('Renamed Canvas');
    expect(await db.portalSecrets.get('c')).toEqual({ portalId: 'c', token: 'canvas-token' });
  });

  test('Canvas: "Load my courses" asks for the Canvas host from the click; refusal fetches nothing', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup();
    render(<PortalsSection />);
    await user.selectOptions(await screen.findByLabelText('Portal type'), 'canvas');
    await user.click(screen.getByRole('button', { name: 'Add portal' }));
    await user.type(screen.getByLabelText('Canvas address'), 'https://district.instructure.com');
    // The upload hosts of Instructure-hosted Canvas are suggested.
    expect(screen.getByLabelText('Upload sites (one per line)')).toHaveValue(
      'https://*.instructure-uploads.com/*\nhttps://*.inscloudgate.net/*',
    );
    await user.type(screen.getByLabelText('Canvas access token'), 'tok');
    await user.click(screen.getByRole('button', { name: 'Load my courses' }));
    expect(request).toHaveBeenCalledWith({
      origins: [
        'https://district.instructure.com/*',
        'https://*.instructure-uploads.com/*',
        'https://*.inscloudgate.net/*',
      ],
    });
    expect(
      await screen.findByText(/ShowWork needs your permission to reach district.instructure.com/),
    ).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('district portals show "Set by your district": no Remove, only the token can be set', async () => {
    await fakeBrowser.storage.managed.set({
      portals: [
        { id: 'district', kind: 'generic', name: 'Springfield portal', url: 'https://portal.springfield.example/in' },
      ],
    });
    const user = userEvent.setup();
    render(<PortalsSection />);
    const item = await screen.findByRole('listitem');
    expect(within(item).getByText('Set by your district')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Remove' })).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'Set token' }));
    expect(within(item).getByLabelText('Submission address (URL)')).toBeDisabled();
    expect(within(item).getByLabelText('Name (as you want to see it)')).toBeDisabled();
    await user.type(within(item).getByLabelText('Access token (optional)'), 'teacher-token');
    await user.click(within(item).getByRole('button', { name: 'Save portal' }));
    await waitFor(async () =>
      expect(await db.portalSecrets.get('district')).toEqual({ portalId: 'district', token: 'teacher-token' }),
    );
    expect(await readTeacherPortals()).toEqual([]);
  });
});
