const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export const formatDay = (iso: string): string => day.format(new Date(iso));
export const formatMoment = (iso: string): string => moment.format(new Date(iso));

/** A language's own name for itself ("English", "Español"), or the tag if the browser has none. */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

/** The audit log's action names as sentences. */
export const ACTIONS: Record<string, string> = {
  accepted: 'Accepted the registration',
  advisor_assigned: 'Assigned an Endorsement Advisor',
  status_set: 'Set the status',
  declined: 'Declined the registration',
  returned: 'Returned the registration for changes',
  check_recorded: 'Recorded a step 2 check',
  status_undone: 'Undid the latest status change',
  decided: 'Recorded the decision',
  reviewer_assigned: 'Assigned a reviewer',
  reviewer_withdrawn: 'Withdrew a reviewer',
  review_accepted: 'Accepted the review',
  review_declined: 'Declined the review',
  review_conflict: 'Declared a conflict of interest',
  review_submitted: 'Submitted the review',
  note_added: 'Added a note',
  exported: 'Exported the record',
  deleted: 'Deleted the record',
  document_downloaded: 'Downloaded a file',
  document_uploaded: 'Uploaded a file',
  transcript_recorded: 'Recorded where a transcript is',
};

export const MAIL_PURPOSES: Record<string, string> = {
  'coordinator-registration': 'New registration (to the coordinator)',
  'applicant-registration': 'What happens next (to the applicant)',
  'applicant-application': 'Receipt (to the applicant)',
  'advisor-introduction-applicant': 'Advisor introduction (to the applicant)',
  'advisor-introduction-advisor': 'Advisor introduction (to the advisor)',
  'applicant-fee-receipt': 'Fee receipt (to the applicant)',
  'applicant-fee-notice': 'Fee waived or invoiced (to the applicant)',
  'status-changed': 'New status (to the applicant)',
  'review-assigned': 'Review request (to the reviewer)',
  'review-reminder': 'Review reminder (to the reviewer)',
  'applicant-amended': 'Changed application received (to the applicant)',
  'coordinator-amended': 'Changed application (to the coordinator)',
};

export const KINDS: Record<string, string> = { registration: 'Registration', application: 'Application' };
