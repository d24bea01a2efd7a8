import type { CaptureErrorCode } from '../messaging/protocol';

/** Turns an IndexedDB failure into a message a teacher can act on; nothing is ever dropped silently. */
export function describeStorageError(error: unknown): { code: CaptureErrorCode; message: string } {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return {
      code: 'storage-full',
      message:
        'Nothing was saved: your device is out of storage space. Free some space (or delete old conversations in ShowWork) and capture again.',
    };
  }
  if (
    ['InvalidStateError', 'OpenFailedError', 'DatabaseClosedError', 'MissingAPIError'].includes(name) ||
    ['InvalidStateError', 'SecurityError'].includes(inner)
  ) {
    return {
      code: 'storage-unavailable',
      message:
        'Nothing was saved: this browser window does not let ShowWork store data (for example a private window with storage turned off). Capture from a normal window.',
    };
  }
  console.error('ShowWork capture failed', error);
  return { code: 'internal', message: 'Nothing was saved because of an unexpected error. Please try again.' };
}
