// A server's cluster workers, from /proc (Linux): its children that run the same program as it
// (node:cluster forks node). Other children, such as tsx's esbuild service, are not workers.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export function workerPids(pid: number): number[] {
  const program = (of: number) => readlinkSync(`/proc/${of}/exe`);
  try {
    const own = program(pid);
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return children.filter((child) => {
      try {
        return program(child) === own;
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

/** Whether a process with this id runs: it exists and has not ended (a zombie has ended, unreaped). */
export function isRunning(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}
