import { formatFee, renewalFeesDue, type Program } from '@endorsement-kit/sdk';
import { cycleOf, type CategoryRow } from '../endorsees/endorsee-rows.js';

/** The renewal calendar's amounts of a cycle: in minor units, and as money in the endorsee's language. */
export interface RenewalMailFees {
  renewal: number;
  late: number;
  /** `{fee}`, `{lateFee}`, `{total}` (renewal and late), `{reinstatementFee}`, `{inactiveFee}`. */
  words: { fee: string; lateFee: string; total: string; reinstatementFee: string; inactiveFee: string };
}

/**
 * What the renewal mails (window, reminders, late, removal, inactive) say of a cycle's fees: the
 * program's `feeSchedule` by kind (the SDK's `renewalFeesDue`, the older `renewal.fees` as its
 * fallback), in the schedule's currency, written by `Intl.NumberFormat` for the endorsee's language
 * (`$30.00`, `30,00 €`). The late fee as in the late window (none without one).
 */
export function renewalMailFees(program: Program, row: CategoryRow, locale: string): RenewalMailFees {
  const cycle = cycleOf(row);
  const fees = renewalFeesDue(program, {
    category: row.category,
    cycle,
    on: cycle.lateUntil ?? cycle.dueOn,
    kind: ['renewal', 'late', 'reinstatement', 'inactive'],
  });
  const find = (kind: string) => fees.find((fee) => fee.kind === kind);
  const currency = fees[0]?.currency ?? program.feeSchedule?.[0]?.currency ?? 'USD';
  const money = (amount: number) => formatFee(amount, currency, locale);
  const renewal = find('renewal')?.amount ?? 0;
  const late = find('late')?.amount ?? 0;
  return {
    renewal,
    late,
    words: {
      fee: money(renewal),
      lateFee: money(late),
      total: money(renewal + late),
      reinstatementFee: money(find('reinstatement')?.amount ?? 0),
      inactiveFee: money(find('inactive')?.amount ?? 0),
    },
  };
}
