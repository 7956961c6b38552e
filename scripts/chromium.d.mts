/** `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH: string;
/** The launch flags for headless Chromium here. */
export const CHROMIUM_ARGS: string[];
