/** A file a bundler wrote: its name, its code and the modules in it (paths as resolved). */
export interface ConsumerChunk {
  fileName: string;
  code: string;
  modules: string[];
}
/** One bundler's build of the consumer app, and what a page loads of it. */
export interface ConsumerBuild {
  bundler: 'Vite' | 'webpack';
  chunks: ConsumerChunk[];
  /** The entry and what it loads statically (webpack: the entrypoint's chunks). */
  first: ConsumerChunk[];
  /** The flow part's chunk and what it loads statically (webpack: its async chunk group); may repeat first's. */
  flow: ConsumerChunk[];
  /** Spanish's chunk and what it loads statically (webpack: its async chunk group). */
  spanish: ConsumerChunk[];
  /** The bundler's warnings (webpack's; Vite's build is silent). */
  warnings: string[];
  /** Every JavaScript file written, by its path from the site's root. */
  files: Record<string, string>;
  /** The tags a page writes to load the entry. */
  script: string;
}
/** gzip at its default level, as a server sends it. */
export function gz(code: string): number;
/** Packs the SDK and the element, installs the tarballs into an app outside the workspace (offline). */
export function consumerApp(root: string): { app: string; work: string; dispose(): void };
/** `vite build` of the app, in memory. */
export function viteBuild(made: { app: string; work: string }): Promise<ConsumerBuild>;
/** A webpack 5 production build of the app. */
export function webpackBuild(made: { app: string; work: string }): Promise<ConsumerBuild>;
/** Packs once and builds `import '@endorsement-kit/element/define'` with each bundler asked for. */
export function consumerBuilds(root: string, bundlers?: readonly ('vite' | 'webpack')[]): Promise<ConsumerBuild[]>;
/** Bytes gz: the first chunk, the flow part beyond it, Spanish beyond both, all chunks. */
export function figures(build: ConsumerBuild): {
  first: number;
  firstFiles: string[];
  flow: number;
  spanish: number;
  all: number;
};
