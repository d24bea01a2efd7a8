import { describe, expect, test } from 'vitest';
import { CaptureResponse, ContentToBackgroundMessage } from '@/lib/messaging/protocol';
import { limits } from '@/lib/model/turn';

const valid = {
  type: 'content→background:capture-conversation',
  trigger: 'button',
  conversation: {
    site: 'gemini',
    externalId: 'abc',
    url: 'https://gemini.google.com/app/abc',
    title: 'T',
    turns: [{ role: 'user', text: 'hi', markdown: 'hi' }],
  },
};

describe('message schemas', () => {
  test('a well-formed capture passes', () => {
    expect(ContentToBackgroundMessage.safeParse(valid).success).toBe(true);
  });
  test.each([
    ['an unknown type', { ...valid, type: 'capture' }],
    ['an unknown site', { ...valid, conversation: { ...valid.conversation, site: 'bard' } }],
    [
      'a role other than user/assistant',
      { ...valid, conversation: { ...valid.conversation, turns: [{ role: 'system', text: '', markdown: '' }] } },
    ],
    [
      'HTML smuggled as an extra field is dropped, but a missing text fails',
      { ...valid, conversation: { ...valid.conversation, turns: [{ role: 'user', html: '<b>' }] } },
    ],
    ['an empty conversation id', { ...valid, conversation: { ...valid.conversation, externalId: '' } }],
    [
      'a turn over the size limit',
      {
        ...valid,
        conversation: {
          ...valid.conversation,
          turns: [{ role: 'user', text: 'x'.repeat(limits.maxTurnChars + 1), markdown: '' }],
        },
      },
    ],
  ])('rejects %s', (_name, message) => {
    expect(ContentToBackgroundMessage.safeParse(message).success).toBe(false);
  });
  test('responses are checked too', () => {
    expect(
      CaptureResponse.safeParse({ ok: true, conversationId: 'x', turnCount: 1, added: 1, updated: 0, unchanged: 0 })
        .success,
    ).toBe(true);
    expect(CaptureResponse.safeParse({ ok: false, code: 'storage-full' }).success).toBe(false);
  });
});
