import type { Rolldown } from 'vite';
/** gzip at its default level, as a server sends it. */
export function gz(code: string): number;
/** Packs the SDK and the element, installs the tarballs into an app outside the workspace (offline) and builds `import '@endorsement-kit/element/define'` with Vite, in memory. */
export function viteConsumer(root: string): Promise<Rolldown.OutputChunk[]>;
/** A chunk and every chunk it imports statically. */
export function staticGraph(chunks: Rolldown.OutputChunk[], from: Rolldown.OutputChunk): Rolldown.OutputChunk[];
/** Bytes gz: the first chunk (entry and static imports), the flow part beyond it, Spanish, all chunks. */
export function viteFigures(chunks: Rolldown.OutputChunk[]): {
  first: number;
  firstFiles: string[];
  flow: number;
  spanish: number;
  all: number;
};
