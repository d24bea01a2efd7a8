/**
 * Asks the browser not to evict ShowWork's data under storage pressure. With `unlimitedStorage`,
 * Chrome grants this; the side panel shows a plain warning when it is refused.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
