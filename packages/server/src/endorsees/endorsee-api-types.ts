import type { Code, RenewalFeeLine } from '@endorsement-kit/sdk';
import type { CategoryStatus, RegistryFields } from './endorsee-rows.js';
import type { ImportReport } from './import-endorsees.js';

/** One endorsed category as the workspace shows it. */
export interface EndorseeCategoryView {
  code: Code;
  status: CategoryStatus;
  /** Where the cycle stands today: `current` is read as not-open, open, late or removed. */
  phase: 'not-open' | 'open' | 'late' | 'removed' | null;
  endorsedOn: string;
  lastRenewedOn: string | null;
  windowOpensOn: string;
  dueOn: string;
  lateUntil: string | null;
  removalOn: string;
  inactiveUntil: string | null;
  /** The current renewal's fees and where each stands, while it runs (docs/fees.md, "Renewal fees"). */
  fees?: RenewalFeeLine[];
  /** The endorsee asked for inactive status from the renewal page (`YYYY-MM-DD`); the coordinator decides. */
  inactiveRequestedOn: string | null;
  /** A reinstatement under way: when it started, and the short reference of its registration once received. */
  reinstatement: { startedOn: string; startedBy: string; registration: string | null } | null;
}

/** One endorsee in `GET /admin/api/endorsees`. */
export interface EndorseeView {
  id: string;
  program: string;
  fullName: string;
  displayName: string | null;
  email: string;
  hidden: boolean;
  registryFields: RegistryFields;
  /** Who last set the registry's name and fields (`endorsee`, `coordinator:<email>`) and when (ISO); null before anyone did. */
  registrySetBy: string | null;
  registrySetAt: string | null;
  source: 'decision' | 'import';
  categories: EndorseeCategoryView[];
}

/** `GET /admin/api/endorsees`. */
export interface EndorseeList {
  endorsees: EndorseeView[];
}

/** `POST /admin/api/endorsees/import`. */
export interface EndorseeImportBody {
  program: string;
  csv: string;
  /** Check every line and report, writing nothing. */
  checkOnly?: boolean | undefined;
}

export type { ImportReport, ImportLine } from './import-endorsees.js';
export type EndorseeImportAnswer = ImportReport;

/** `POST /admin/api/endorsees/{id}/hidden`. */
export interface EndorseeHiddenBody {
  hidden: boolean;
}

/**
 * `POST /admin/api/endorsees/{id}/registry`: the name the registry shows (`null`: the full name) and
 * the optional fields, set only as the endorsee consented.
 */
export interface EndorseeRegistryBody {
  displayName: string | null;
  fields: RegistryFields;
}
