import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServerConfigError } from '../config/server-config-error.js';

/**
 * PGlite allows one process per data folder: a second would corrupt it. A lock file holds the
 * owner's process id; a lock left by a process that is gone (kill -9, a crash) is taken over.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, 'endorsement-kit.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (owner !== process.pid && isAlive(owner)) {
        throw new ServerConfigError(
          `DATA_DIR ${dataDir} is in use by another server (process ${owner}): PGlite allows one process per folder. Stop it, or use Postgres (DATABASE_URL) for several.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new ServerConfigError(`DATA_DIR ${dataDir}: could not take its lock file.`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
