// Code passed to page.evaluate() runs in extension pages, where the browser's `chrome` API exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
