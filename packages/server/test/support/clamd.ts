// Debian's ClamAV daemon for a test: no signature database is downloaded (there is no internet);
// it loads one custom signature from a temporary folder and listens on a socket there.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  const deadline = Date.now() + 60_000;
  while (!existsSync(socket)) {
    if (Date.now() > deadline) throw new Error('clamd did not open its socket within 60 s');
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), failed]);
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
