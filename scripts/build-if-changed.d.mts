/** The files `pnpm build` writes that the demo and the server load. */
export const BUILD_OUTPUTS: string[];
/** The repository's root folder. */
export const repoRoot: string;
/** A sha256 over the paths and contents of everything the build reads under `root`. */
export function buildInputsHash(root?: string): string;
/** Runs `command` (`pnpm build`) unless the inputs are those of its last successful run and `outputs` exist. */
export function buildIfChanged(options?: { root?: string; outputs?: string[]; command?: string[] }): 'skipped' | 'built';
/** Records `inputs` (by default today's) as those of the last successful build. */
export function writeBuildStamp(root?: string, inputs?: string): void;
