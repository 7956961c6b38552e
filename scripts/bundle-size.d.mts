/** Minified and gzipped byte counts. */
export interface Size {
  min: number;
  gzip: number;
}
/** Bundles an entry that re-exports these names from '@endorsement-kit/sdk' (tree-shaken, minified). */
export function sdkBundleSize(names: string[]): Promise<Size>;
/** Sizes of a built file. */
export function fileSize(path: string): Promise<Size>;
