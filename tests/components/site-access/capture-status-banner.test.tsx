import { expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { CaptureStatusBanner } from '@/components/library/CaptureStatusBanner';
import { captureStatusItem } from '@/lib/capture/capture-status';
import { installI18n } from '../../i18n-stub';

test('a capture read by the general reader asks the teacher to check the turns', async () => {
  await captureStatusItem.setValue({ ok: true, message: 'Captured 4 turns', site: 'web', reader: 'structural', at: 1 });
  render(<CaptureStatusBanner onOpenConversation={() => undefined} />);
  expect(await screen.findByTestId('capture-status')).toHaveTextContent(
    "Captured 4 turns. Read with ShowWork's general reader — check the turns",
  );
});

test('in Spanish too', async () => {
  installI18n('es');
  await captureStatusItem.setValue({ ok: true, message: 'Se capturaron 4 turnos', reader: 'structural', at: 1 });
  render(<CaptureStatusBanner onOpenConversation={() => undefined} />);
  expect(await screen.findByTestId('capture-status')).toHaveTextContent('Leído con el lector general de ShowWork');
});

test('a capture read by the site adapter says nothing more', async () => {
  await captureStatusItem.setValue({ ok: true, message: 'Captured 4 turns', site: 'claude', reader: 'site', at: 1 });
  render(<CaptureStatusBanner onOpenConversation={() => undefined} />);
  expect(await screen.findByTestId('capture-status')).toHaveTextContent(/^Captured 4 turns$/);
});
