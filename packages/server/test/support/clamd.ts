// Debian's ClamAV daemon for a test: no signature database is downloaded (there is no internet);
// it loads one custom signature from a temporary folder and listens on a socket there.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bytes the test signature matches: a file containing them is "infected". */
export const TEST_SIGNATURE_TEXT = 'ENDORSEMENT-KIT-TEST-SIGNATURE';

export interface TestClamd {
  socket: string;
  stop(): Promise<void>;
}

export async function startClamd(): Promise<TestClamd> {
  const folder = mkdtempSync(join(tmpdir(), 'ek-clamd-'));
  const socket = join(folder, 'clamd.sock');
  // An extended signature (.ndb): name, any target type, any offset, the bytes in hex.
  writeFileSync(join(folder, 'test.ndb'), `ekTestSignature:0:*:${Buffer.from(TEST_SIGNATURE_TEXT).toString('hex')}\n`);
  writeFileSync(
    join(folder, 'clamd.conf'),
    [`DatabaseDirectory ${folder}`, `LocalSocket ${socket}`, 'Foreground yes', `LogFile ${join(folder, 'clamd.log')}`, ''].join('\n'),
  );
  const daemon: ChildProcess = spawn('clamd', ['-c', join(folder, 'clamd.conf')], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => {
    daemon.once('error', (error) => reject(new Error(`clamd did not start (apt-get install clamav-daemon): ${error.message}`)));
    daemon.once('exit', (code) => reject(new Error(`clamd exited with ${code}`)));
  });
  failed.catch(() => {});
  // clamd creates its socket once the signatures are loaded: wait for that event in the folder.
  const watcher = watch(folder);
  let deadline: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      new Promise<void>((resolve) => {
        watcher.on('change', () => existsSync(socket) && resolve());
        if (existsSync(socket)) resolve();
      }),
      failed,
      new Promise<never>((_, reject) => {
        deadline = setTimeout(() => reject(new Error('clamd did not open its socket within 60 s')), 60_000);
      }),
    ]);
  } finally {
    watcher.close();
    clearTimeout(deadline);
  }
  return {
    socket,
    async stop() {
      if (daemon.exitCode === null) {
        const exited = new Promise((resolve) => daemon.once('exit', resolve));
        daemon.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
