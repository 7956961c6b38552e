import type { FeeDefinition } from './fee-settings.js';
import type { RenewalFees } from './renewal-config.js';

const KINDS = ['renewal', 'late', 'inactive', 'reinstatement'] as const;

/**
 * A renewal fee set twice is refused: in the older `renewal.fees` (whole amounts, no currency) and
 * as a `feeSchedule` fee of the same kind. Which would the endorsee be asked for? The schedule is
 * the one place; `renewal.fees` stays readable only for the kinds the schedule leaves out.
 */
export function checkRenewalFees(
  older: RenewalFees | readonly { value: RenewalFees }[] | undefined,
  schedule: readonly FeeDefinition[] | undefined,
  fail: (path: (string | number)[], message: string) => never,
): void {
  if (older === undefined) return;
  const values: RenewalFees[] = Array.isArray(older) ? older.map((entry) => entry.value) : [older as RenewalFees];
  for (const kind of KINDS) {
    const set = values.some((fees) => fees[kind] > 0);
    const i = (schedule ?? []).findIndex((fee) => fee.kind === kind);
    if (set && i >= 0)
      fail(
        ['renewal', 'fees', kind],
        `the ${kind} fee is also at \`feeSchedule.${i}\`; set renewal fees in feeSchedule only (in cents, with its currency) and remove \`renewal.fees.${kind}\``,
      );
  }
}
