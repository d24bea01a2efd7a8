import { describe, expect, test } from 'vitest';
import { avatarSides } from '../../../lib/adapters/structural/avatar-side';
import { scanPage } from '../../../lib/adapters/structural/page-scan';

/**
 * The side of a chat that shows an avatar at the head of each turn is the tool's, where nothing names a role (set 8's
 * Crisp and Typebot widgets): asked only of turns that alternate between a side that always opens with a picture and
 * one that never does.
 */

const sidesOf = (turns: string[]) => {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><body><div class="log">${turns.join('')}</div></body></html>`,
    'text/html',
  ) as unknown as Document;
  const scan = scanPage(doc.body);
  return avatarSides(
    Array.from(doc.querySelectorAll('.turn'), (el) => ({ el })),
    scan,
  );
};
const bot = (text: string) => `<div class="turn"><img alt="" src="data:,"><div class="b">${text}</div></div>`;
const visitor = (text: string) => `<div class="turn"><div class="b">${text}</div></div>`;

describe('the side with the avatar', () => {
  test('turns alternating between a pictured side and a bare one: the pictured side is told', () => {
    expect(
      sidesOf([bot('Hi! Which grades?'), visitor('Grades 6–8'), bot('Nice. Which topic?'), visitor('Ratios')]),
    ).toEqual([true, false, true, false]);
  });

  test('counter-case: both sides pictured say nothing', () => {
    const person = (text: string) => `<div class="turn"><img alt="" src="data:,"><div class="b">${text}</div></div>`;
    expect(
      sidesOf([bot('Hi! Which grades?'), person('Grades 6–8'), bot('Nice. Which topic?'), person('Ratios')]),
    ).toBeNull();
  });

  test('counter-case: a photo the teacher sent in one prompt says nothing', () => {
    const photo = `<div class="turn"><img alt="worksheet" src="data:,"><div class="b">Here is the worksheet.</div></div>`;
    expect(
      sidesOf([visitor('Grade this please.'), bot('Send me a photo.'), photo, bot('Thanks, two mistakes.')]),
    ).toBeNull();
  });

  test('counter-case: a picture inside a control (a send-again button) is no avatar', () => {
    const retried = (text: string) =>
      `<div class="turn"><button type="button"><svg viewBox="0 0 4 4"></svg></button><div class="b">${text}</div></div>`;
    expect(
      sidesOf([bot('Hi! Which grades?'), retried('Grades 6–8'), bot('Nice. Which topic?'), retried('Ratios')]),
    ).toEqual([true, false, true, false]);
  });
});
