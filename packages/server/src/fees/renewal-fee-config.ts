import { valueAsOf, type Program, type RenewalFees } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import { ServerConfigError } from '../config/server-config-error.js';

const KINDS = ['renewal', 'late', 'inactive', 'reinstatement'] as const;

/** Every value a dated `renewal.fees` ever had. */
const everyValue = (fees: NonNullable<Program['renewal']>['fees']): RenewalFees[] =>
  fees === undefined
    ? []
    : Array.isArray(fees)
      ? fees.map((entry: { value: RenewalFees }) => entry.value)
      : [valueAsOf(fees, '0000-01-01')];

/**
 * A renewal fee set twice refuses to start the server: in the older `renewal.fees` (whole amounts,
 * no currency) and as a `feeSchedule` fee of the same kind. The schedule would win (`renewalFeesDue`
 * reads `renewal.fees` only for kinds it leaves out), so the older amount is a mistake to remove.
 */
export function checkRenewalFeeConfig(programs: readonly ReceiverProgram[]): void {
  for (const { program } of programs) {
    const older = everyValue(program.renewal?.fees);
    for (const kind of KINDS) {
      const i = (program.feeSchedule ?? []).findIndex((fee) => fee.kind === kind);
      if (i >= 0 && older.some((fees) => fees[kind] > 0))
        throw new ServerConfigError(
          `Program "${program.id}" sets the ${kind} fee twice: in feeSchedule.${i} and in renewal.fees.${kind}. Keep the feeSchedule's (in cents, with its currency) and remove renewal.fees.${kind} (docs/fees.md, "Renewal fees").`,
        );
    }
  }
}
