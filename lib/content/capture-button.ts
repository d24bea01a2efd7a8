import { t } from '../i18n/t';

/** Marks our host element so a newer content script (after an update) can replace an older one's button. */
export const captureHostAttribute = 'data-showwork-capture';

export interface CaptureButton {
  setBusy(isBusy: boolean): void;
  showStatus(message: string, kind: 'ok' | 'error'): void;
  remove(): void;
}

// Pinned to the right edge at mid-height: clear of every site's composer (bottom centre) and header. Written
// compact (one rule per line, no spaces, short colours: shadows as #rgba): the content script's budget is 60 KB and
// CSS in a string is not minified.
const styles =
  ':host{all:initial;position:fixed;right:12px;top:50%;z-index:2147483646}' +
  '.wrap{display:flex;flex-direction:column;align-items:flex-end;gap:6px;font:14px/1.3 system-ui,sans-serif}' +
  'button{font:inherit;font-weight:600;color:#fff;background:#1d4ed8;border:2px solid #1e3a8a;border-radius:2em;' +
  'padding:8px 14px;cursor:pointer;box-shadow:0 2px 6px #0004}' +
  'button:hover{background:#1e40af}' +
  'button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}' +
  'button[aria-busy=true]{opacity:.8;cursor:progress}' +
  '.status{max-width:280px;padding:6px 10px;border-radius:8px;background:#fff;color:#111;' +
  'border:1px solid #9ca3af;box-shadow:0 2px 6px #0002}' +
  '.status:empty{display:none}' +
  '.status.error{border-color:#b91c1c;color:#7f1d1d}' +
  '@media (prefers-reduced-motion:no-preference){button{transition:background .15s}}';

/**
 * The in-page "Capture trace" button, in an open shadow root: the site's CSS can't restyle it, its CSS can't
 * leak into the site, and tests and assistive technology can reach it.
 */
export function mountCaptureButton(onActivate: () => void): CaptureButton {
  document.querySelectorAll(`[${captureHostAttribute}]`).forEach((old) => old.remove());
  const host = document.createElement('showwork-capture');
  host.setAttribute(captureHostAttribute, '');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = document.createElement('style');
  style.textContent = styles;
  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('capture_button');
  button.title = t('capture_buttonHint');
  button.addEventListener('click', onActivate);
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  wrap.append(button, status);
  shadow.append(style, wrap);
  document.documentElement.append(host);

  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    setBusy(isBusy) {
      button.setAttribute('aria-busy', String(isBusy));
      button.disabled = isBusy;
    },
    showStatus(message, kind) {
      status.textContent = message;
      status.className = `status ${kind}`;
      clearTimeout(hideTimer);
      // Errors stay until the next capture; success fades after a while so the button stays small.
      if (kind === 'ok') hideTimer = setTimeout(() => (status.textContent = ''), 8000);
    },
    remove() {
      clearTimeout(hideTimer);
      host.remove();
    },
  };
}
