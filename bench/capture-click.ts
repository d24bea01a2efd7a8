import type { Page } from 'playwright-core';

/**
 * Waiting for the in-page "Capture trace" button and clicking it without Playwright's locators: a locator walks the
 * whole page (through shadow roots) on every poll and again for the click's actionability checks, hundreds of ms of
 * the page's main thread each on a 400-turn page under load (TOOLCHAIN trap 17). That time went to the bench, not to
 * the teacher: it starved the pre-reader's idle slices, which had read 20-82 of 400 turns 3-4 s after they began
 * (load ~20, 2026-12-01). Here the wait is one querySelector per poll and the click is a real, trusted mouse click
 * (the DevTools protocol's input events, as a hand on the mouse) at the button's place.
 */
const buttonBox = `(() => {
  const button = document.querySelector('showwork-capture')?.shadowRoot?.querySelector('button');
  if (!button) return null;
  const box = button.getBoundingClientRect();
  return box.width > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
})()`;

export async function waitForCaptureButton(page: Page, timeout = 180_000): Promise<void> {
  await page.waitForFunction(buttonBox, undefined, { timeout, polling: 50 });
}

/** The middle of the button, in the page's coordinates. */
export async function captureButtonPlace(page: Page): Promise<{ x: number; y: number }> {
  const at = (await page.evaluate(buttonBox)) as { x: number; y: number } | null;
  if (!at) throw new Error('The Capture trace button is not on the page.');
  return at;
}

export async function clickCaptureButton(page: Page): Promise<void> {
  const at = await captureButtonPlace(page);
  await page.mouse.click(at.x, at.y);
}
