/**
 * Empties the library in the extension's own database (conversations, turns, search index, traces), run in the
 * service worker with raw IndexedDB beside the worker's Dexie connection, so the next capture of a page is a first
 * capture again (nothing stored, every turn sent whole) without a new URL or a new browser. The bench and the
 * profile use it to time several first captures of the same page.
 */
export const forgetLibraryInWorker = `new Promise((resolve, reject) => {
  const open = indexedDB.open('showwork');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tables = ['conversations', 'turns', 'conversationWords', 'traces'];
    const tx = db.transaction(tables, 'readwrite');
    for (const table of tables) tx.objectStore(table).clear();
    tx.oncomplete = () => { db.close(); resolve(undefined); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  };
})`;
