import type { Program } from '@endorsement-kit/sdk';

/**
 * A program this server receives for, with what only the receiving side needs to know.
 * @example
 * const entry: ReceiverProgram = { program: programs.first5Alabama, origins: ['https://www.first5alabama.org'], coordinatorEmail: 'endorsement@first5alabama.org' };
 */
export interface ReceiverProgram {
  program: Program;
  /**
   * Origins (`https://www.example.org`) of the pages that embed the element and send from the
   * browser to this server on another origin. The server's own origin is always allowed.
   */
  origins: readonly string[];
  /** Where the Endorsement Coordinator is told of each registration; default `program.contact.email`. */
  coordinatorEmail?: string | undefined;
  /**
   * The program's review dates (`YYYY-MM-DD`, usually one per quarter): the applicant's status
   * lookup shows the next one while a decision is pending.
   */
  reviewDates?: readonly string[] | undefined;
  /**
   * When each cycle's decisions are made, by its review date (`submittedBy`): the applicant is
   * shown "submitted by Dec 15, decided by Feb 15". From a receiver file's
   * `{ "submittedBy": "2027-12-15", "decidedBy": "2028-02-15" }` review dates.
   * @example { '2027-12-15': '2028-02-15' }
   */
  decidedBy?: Readonly<Record<string, string>> | undefined;
}
