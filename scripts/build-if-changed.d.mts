/** The files `pnpm build` writes that the demo and the server load. */
export const BUILD_OUTPUTS: string[];
/** The repository's root folder. */
export const repoRoot: string;
/** A sha256 over the paths and contents of everything the build reads under `root`. */
export function buildInputsHash(root?: string): string;
/** Runs `command` (`pnpm build`) unless the inputs are those of its last successful run and `outputs` exist. */
export function buildIfChanged(options?: { root?: string; outputs?: string[]; command?: string[] }): 'skipped' | 'built';
/** Whether the last successful `pnpm build` was of the sources as they are now (its stamp is today's hash). */
export function builtFromCurrentSources(root?: string): boolean;
/** Records `inputs` (by default today's) as those of the last successful build. */
export function writeBuildStamp(root?: string, inputs?: string): void;
