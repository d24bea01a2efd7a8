// Code passed to page.evaluate() runs in extension pages, where the browser's `chrome` API exists.
declare const chrome: any;
