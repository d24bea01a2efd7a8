import { browser, type Browser } from 'wxt/browser';
import { captureStatusItem } from '../capture/capture-status';
import { judgeSiteChoice, requestSiteAccess } from '../site-access/request-site-access';
import { openSidePanelForTab } from './side-panel';
import { t } from '../i18n/t';

export const siteAccessMenuId = 'showwork-use-on-this-site';

/** "Use ShowWork on this site" in the toolbar button's own menu (right-click on the button). */
export function createSiteAccessMenu(): void {
  browser.contextMenus.create({ id: siteAccessMenuId, title: t('siteAccess_menuTitle'), contexts: ['action'] });
}

/**
 * Asks for the tab's site from the menu click. The permission request is the first thing that happens, with no
 * await before it: Firefox only shows the prompt while the click's user action is current. When the grant arrives
 * the service worker registers the content script and gives the tab the Capture button (registered-sites.ts).
 */
export function handleSiteAccessMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): void {
  if (info.menuItemId !== siteAccessMenuId || tab?.id === undefined) return;
  const tabId = tab.id;
  const choice = judgeSiteChoice(tab.url ?? info.pageUrl ?? '');
  if (choice.kind !== 'allowable') {
    void openSidePanelForTab(tabId);
    const message =
      choice.kind === 'known'
        ? t('siteAccess_alreadyKnown', choice.label)
        : choice.kind === 'portal'
          ? t('siteAccess_isPortal', choice.host)
          : t('siteAccess_notAllowable');
    void captureStatusItem.setValue({ ok: false, message, tabId, at: Date.now() });
    return;
  }
  void requestSiteAccess(choice.pattern).then((granted) => {
    if (!granted) return;
    return captureStatusItem.setValue({ ok: true, message: t('siteAccess_added', choice.host), tabId, at: Date.now() });
  });
}
