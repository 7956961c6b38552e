// Not in helpers.ts, which defines the tag on import: a test file that defines the tag
// itself, late (embedding.browser.test.ts), can use this without defining it early.

/**
 * Forgets the drafts and positions earlier test files left in this origin's storage: the test
 * runner reuses its pages, storage included, across files, so a page's default store may open
 * another file's draft in place of the one a test expects.
 */
export async function forgetStoredDrafts(): Promise<void> {
  localStorage.clear();
  for (const { name } of await indexedDB.databases()) {
    if (!name?.startsWith('endorsement-kit')) continue;
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => done(undefined);
    });
  }
}
