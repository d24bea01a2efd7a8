import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyPanelRoute, type EarlyRouteApis } from '@/lib/panel/early-panel-route';

/**
 * A classic script first in sidepanel.html's head: reads the panel's place while the browser is still fetching and
 * compiling the panel's modules (lib/panel/early-panel-route.ts says why). It uses the extension API directly, not
 * `wxt/browser`: the polyfill that alias brings to extension pages would triple this script for nothing (Chrome's
 * MV3 API and Firefox's `browser` return promises).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as {
    browser?: EarlyRouteApis & { runtime?: { id?: string } };
    chrome?: EarlyRouteApis;
  };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (api?.storage?.session) startEarlyPanelRoute(api);
});
