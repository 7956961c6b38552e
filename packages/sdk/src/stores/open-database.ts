import type { UseStore } from 'idb-keyval';
import { StorageError } from '../errors/index.js';

/**
 * idb-keyval's `createStore`, plus what it leaves out: a blocked open fails (instead of waiting
 * forever), a missing `indexedDB` fails as `unavailable`, and this connection closes when another
 * tab upgrades the database, so it never blocks anyone in turn.
 */
export function openDatabase(database: string, storeName: string, blockedAfter = 3000): UseStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (db) return db;
    db = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') throw new StorageError('IndexedDB is not available', { reason: 'unavailable' });
      let gaveUp = false;
      const blocked = () => {
        gaveUp = true;
        reject(new StorageError('IndexedDB is blocked by another tab', { reason: 'blocked' }));
      };
      // An open queued behind another tab's blocked upgrade neither succeeds nor fails: give up
      // after a while (the client goes on in memory and tries again later).
      const timer = setTimeout(blocked, blockedAfter);
      const request = indexedDB.open(database);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onblocked = blocked;
      request.onerror = () => {
        clearTimeout(timer);
        reject(request.error);
      };
      request.onsuccess = () => {
        clearTimeout(timer);
        const connection = request.result;
        if (gaveUp) return connection.close();
        connection.onversionchange = () => connection.close();
        connection.onclose = () => (db = undefined);
        resolve(connection);
      };
    });
    db.catch(() => (db = undefined));
    return db;
  };
  // Asked at once rather than at the first read: a client opens its draft right away, and the
  // database then opens while the page goes on (a UI renders its first screen meanwhile).
  void open();
  return (mode, callback) =>
    open().then((connection) => {
      try {
        return callback(connection.transaction(storeName, mode).objectStore(storeName));
      } catch (error) {
        // A connection closed under us (versionchange, eviction): open again next time.
        db = undefined;
        throw error;
      }
    });
}
