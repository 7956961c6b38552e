// The server as a separate process, as `pnpm start` runs it: for kill -9 and several instances.
import { spawn, type ChildProcess } from 'node:child_process';
import { serverCommand } from './server-command.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** kill -9: no shutdown code runs. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `endorsement-kit-server` with `env`; resolves once it prints its URL. `detached` gives it a
 * process group of its own, as a terminal does, for a Ctrl-C that reaches all its processes.
 */
export function startServerProcess(env: Record<string, string>, { detached = false } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, serverCommand(), {
    env: { ...process.env, PORT: '0', RATE_LIMIT: '100000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /endorsement-kit server: (http:\/\/\S+\/)/.exec(out)?.[1];
      if (url) {
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (more: Buffer) => (out += more.toString()));
        resolve({
          url,
          child,
          output: () => out,
          async kill9() {
            child.kill('SIGKILL');
            await exited;
          },
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${out}`)));
  });
}
