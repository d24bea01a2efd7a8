import { browser } from 'wxt/browser';
import {
  handlePermissionsAdded,
  isPortalSettingsChange,
  refreshWebSitesAfterInstall,
  syncWebSiteRegistrations,
} from './registered-sites';
import { handleSiteAccessMenuClick } from './site-access-menu';

/**
 * The service worker's part of "Use ShowWork on this site". Registered synchronously at worker start (an event
 * that woke the worker must find its listener), and syncs the registrations at once: the worker also starts
 * after the browser or the extension restarts, when grants may have changed in the browser's settings.
 */
export function registerSiteAccessListeners(): void {
  const sync = () => void syncWebSiteRegistrations().catch(() => undefined);
  browser.permissions.onAdded.addListener((added) => void handlePermissionsAdded(added).catch(() => undefined));
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(() => void refreshWebSitesAfterInstall().catch(() => undefined));
  browser.storage.onChanged.addListener((changes, area) => {
    if (isPortalSettingsChange(changes, area)) sync();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => handleSiteAccessMenuClick(info, tab));
  sync();
}
