// `endorsement-kit-server add-coordinator`: the printed one-time link sets the password, once.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { addCoordinatorCommand } from '../src/admin/add-coordinator-command.js';
import { main } from '../src/cli.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres } from './support/databases.js';
import { coordinatorClient } from './support/coordinator-client.js';
import { startServerProcess } from './support/server-process.js';
import { startTestServer } from './support/test-server.js';

after(stopPostgres);

for (const kind of DATABASE_KINDS) {
  describe(`add-coordinator on ${kind}`, () => {
    it('prints a set-password link under PUBLIC_URL whose token works once', async () => {
      const database = await freshDatabase(kind);
      const env = {
        ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir }),
        PROGRAMS: 'alliance,first5-alabama',
        PUBLIC_URL: 'https://endorsement.example.org/',
      };
      const lines: string[] = [];
      await addCoordinatorCommand(['--program', 'first5-alabama', '--email', 'Staff@First5.example.org'], env, (line) => lines.push(line));
      const link = lines.find((line) => line.startsWith('https://'));
      assert.match(link ?? '', /^https:\/\/endorsement\.example\.org\/admin\/set-password#token=[\w-]{43}$/);
      const token = new URLSearchParams(new URL(link!).hash.slice(1)).get('token');
      const server = await startTestServer(database);
      try {
        const client = coordinatorClient(server);
        assert.equal((await client.request('POST', '/admin/api/password', { token, password: 'twelve chars or more' })).status, 200);
        assert.equal((await client.request('POST', '/admin/api/password', { token, password: 'twelve chars or more' })).status, 400);
        await client.json('POST', '/admin/api/session', { email: 'staff@first5.example.org', password: 'twelve chars or more' });
        assert.deepEqual(
          (await client.json('GET', '/admin/api/me')).programs.map((p: { id: string }) => p.id),
          ['first5-alabama'],
        );
      } finally {
        await server.close();
        database.cleanup();
      }
    });
  });
}

describe('add-coordinator while the server holds its PGlite folder', () => {
  it('says in one line to stop the server (or use Postgres)', async () => {
    const database = await freshDatabase('pglite');
    const server = await startServerProcess({ DATA_DIR: database.dataDir!, PROGRAMS: 'alliance' });
    try {
      await assert.rejects(
        addCoordinatorCommand(
          ['--program', 'alliance', '--email', 'a@example.org'],
          { DATA_DIR: database.dataDir, PROGRAMS: 'alliance' },
          () => {},
        ),
        (error: Error) => error.name === 'ServerConfigError' && /in use by another server/.test(error.message),
      );
    } finally {
      await server.stop();
      database.cleanup();
    }
  });
});

describe('add-coordinator mistakes', () => {
  it('says in one line what is wrong, with exit code 1', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => void errors.push(line);
    try {
      await main(['add-coordinator', '--program', 'michigan', '--email', 'a@example.org'], {
        PROGRAMS: 'alliance',
        DATA_DIR: '/nonexistent',
      });
      await main(['add-coordinator', '--email', 'a@example.org'], {});
      await main(['add-coordinator', '--program', 'alliance', '--email', 'not-an-address'], { PROGRAMS: 'alliance' });
    } finally {
      console.error = original;
    }
    assert.equal(process.exitCode, 1);
    process.exitCode = 0;
    assert.deepEqual(errors, [
      '--program "michigan" is not one of this server\'s programs (alliance; set PROGRAMS).',
      'Usage: endorsement-kit-server add-coordinator --program ID --email ADDRESS',
      '--email must be an email address (it is "not-an-address").',
    ]);
  });
});
