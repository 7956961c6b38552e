/**
 * What the public registry may show of an endorsee beyond their name and category, each only with
 * their consent (docs/registry.md): an absent field is not shown.
 * @example const fields: RegistryConsent = { region: 'North County', providesRsc: true };
 */
export interface RegistryConsent {
  region?: string | undefined;
  employer?: string | undefined;
  languages?: string[] | undefined;
  providesRsc?: boolean | undefined;
  /** Show the date of the endorsement ("endorsed since"). */
  endorsedSince?: boolean | undefined;
}

/**
 * The registry entry the endorsee chooses on the renewal page: the name shown (`null`: their full
 * name) and the fields they consent to show.
 * @example const choices: RegistryChoices = { displayName: 'Ana R.', fields: { region: 'North County' } };
 */
export interface RegistryChoices {
  displayName: string | null;
  fields: RegistryConsent;
}

/**
 * What the renewal invitation says of the endorsee's own choices: the registry entry as saved, who
 * last set it (`endorsee` or `coordinator:<email>`) and when, and inactive status: the program's
 * rule (how long, the fee to return; `null`: not offered) and when they asked for it, if they did.
 * @example invitation.choices?.inactive.offered // { maxMonths: 24, fee: 2500, currency: 'USD' }
 */
export interface EndorseeChoices {
  registry: RegistryChoices & { setBy: string | null; setAt: string | null };
  /** `fee` in the currency's minor units (cents), from the program's `feeSchedule` (kind `inactive`). */
  inactive: { offered: { maxMonths: number; fee: number; currency: string } | null; requestedAt: string | null };
}
