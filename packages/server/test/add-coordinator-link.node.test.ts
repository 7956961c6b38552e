// Issue 23, point 3: without PUBLIC_URL the set-password link said http://localhost:8787 while the
// server prints (and mails link) http://127.0.0.1:8787, and sign-in cookies do not carry between
// the two; with PORT=0 it said http://localhost:0. On a fresh folder it printed nothing for up to
// 40 s while it created the database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCoordinatorCommand } from '../src/admin/add-coordinator-command.js';
import { freshDatabase } from './support/databases.js';

describe('add-coordinator without PUBLIC_URL', () => {
  it('says first that it opens the database, then links on the URL the server prints, and never on port 0', async () => {
    const database = await freshDatabase('pglite');
    try {
      const env = { DATA_DIR: database.dataDir, PROGRAMS: 'alliance' };
      const lines: string[] = [];
      let firstLineAt = 0;
      const started = Date.now();
      await addCoordinatorCommand(['--program', 'alliance', '--email', 'one@example.org'], { ...env, PORT: '8787' }, (line) => {
        if (!lines.length) firstLineAt = Date.now() - started;
        lines.push(line);
      });
      assert.match(lines[0] ?? '', /^Opening the database in .+ \(the first time, creating it takes up to a minute\)…$/);
      assert.ok(firstLineAt < 2000, `the first line came after ${firstLineAt} ms`);
      assert.match(lines.at(-1) ?? '', /^http:\/\/127\.0\.0\.1:8787\/admin\/set-password#token=[\w-]{43}$/);

      const zero: string[] = [];
      await addCoordinatorCommand(['--program', 'alliance', '--email', 'two@example.org'], { ...env, PORT: '0' }, (line) =>
        zero.push(line),
      );
      assert.doesNotMatch(zero.join('\n'), /:0\//);
      assert.match(
        zero.at(-1) ?? '',
        /^\/admin\/set-password#token=[\w-]{43} {2}\(after the URL the server prints when it starts; set PUBLIC_URL for a whole link\)$/,
      );
    } finally {
      database.cleanup();
    }
  });
});
