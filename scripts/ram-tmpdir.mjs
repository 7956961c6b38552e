// The test run's temporary folders in RAM: `TMPDIR` set to a folder of its own on /dev/shm when
// that is a tmpfs with room, for the processes the run starts. Each PGlite test database is a copy
// of a 40 MB folder, hundreds of them a run, each fsynced as it commits: on the disk that cost
// about 0.9 s of CPU a copy (most of it in the kernel), in RAM 0.08 s (docs/performance.md,
// "`pnpm test`, fourth pass"). EK_TEST_RAM_TMPDIR=0 keeps the system's folder.
import { chmodSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';

const SHM = '/dev/shm';
// Two test files at a time, each with a few databases, and Chromium's profiles: well under this.
const ROOM = 4 * 1024 ** 3;
const TMPFS = 0x01021994;

/**
 * Sets `process.env.TMPDIR` (inherited by every process started after) to a new folder on /dev/shm,
 * removed when this process ends; changes nothing when /dev/shm is not a tmpfs with 4 GB free, when
 * opted out, or when a parent run has done it already.
 */
export function useRamTmpdir() {
  if (process.env.EK_TEST_RAM_TMPDIR !== undefined) return;
  let dir;
  try {
    const stats = statfsSync(SHM);
    if (stats.type !== TMPFS || stats.bavail * stats.bsize < ROOM) return;
    dir = mkdtempSync(`${SHM}/endorsement-kit-test-`);
    // Like /tmp: the test Postgres runs as the postgres user when the tests run as root.
    chmodSync(dir, 0o1777);
  } catch {
    return;
  }
  process.env.TMPDIR = dir;
  process.env.EK_TEST_RAM_TMPDIR = dir;
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  // Ctrl-C ends the run without its 'exit' event: the folder would hold RAM until a restart.
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      remove();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
}
