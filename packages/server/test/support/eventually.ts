/**
 * Runs `check` until it stops throwing, or rethrows its last error after `ms`: for state another
 * process changes (a row another server marks), which no event in this process announces.
 */
export async function eventually<T>(check: () => Promise<T>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
