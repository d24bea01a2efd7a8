import type { Page } from 'playwright-core';

/** The value the trace editor shows for a figure (Words kept, Words removed, …): the <dd> after the <dt> with this label. */
export async function figure(panel: Page, label: string): Promise<string> {
  return (await panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}
