import type { UseStore } from 'idb-keyval';
import { StorageError } from '../errors/index.js';

/**
 * idb-keyval's `createStore`, plus what it leaves out: a blocked open fails (instead of waiting
 * forever), a missing `indexedDB` fails as `unavailable`, and this connection closes when another
 * tab upgrades the database, so it never blocks anyone in turn.
 */
export function openDatabase(database: string, storeName: string): UseStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (db) return db;
    db = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') throw new StorageError('IndexedDB is not available', { reason: 'unavailable' });
      const request = indexedDB.open(database);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onblocked = () => reject(new StorageError('IndexedDB is blocked by another tab', { reason: 'blocked' }));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const connection = request.result;
        connection.onversionchange = () => connection.close();
        connection.onclose = () => (db = undefined);
        resolve(connection);
      };
    });
    db.catch(() => (db = undefined));
    return db;
  };
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
