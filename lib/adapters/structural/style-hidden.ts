const hiddenStyle = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by its inline style (a collapsed panel's body: `style="display: none"`). */
export function isStyleHidden(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && hiddenStyle.test(style);
}
