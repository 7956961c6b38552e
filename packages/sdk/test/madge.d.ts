// madge ships no types; the calls the layers test makes.
declare module 'madge' {
  interface MadgeResult {
    /** Each module (relative to `baseDir`) with the modules it imports. */
    obj(): Record<string, string[]>;
    circular(): string[][];
    /** `skipped`: imports that resolved to no file (packages, or a broken relative path). */
    warnings(): { skipped: string[] };
  }
  interface MadgeConfig {
    baseDir?: string;
    fileExtensions?: string[];
    excludeRegExp?: (RegExp | string)[];
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
