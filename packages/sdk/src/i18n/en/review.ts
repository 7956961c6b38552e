/**
 * Messages: the review's outcomes and stages in the applicant's status lookup (issue 19). Its CDN
 * build loads them with the steps (`flow`), which the element fetches while the first screen is idle.
 */
export const reviewEn: Readonly<Record<string, string>> = {
  'ui.receipt.state.approved_for_exam': 'approved to sit the exam',
  'ui.receipt.state.emerging': 'Emerging',
  'ui.receipt.state.deferred': 'deferred',
  'ui.receipt.state.on_hold': 'on hold',
  'ui.receipt.state.returned': 'returned for changes',
  'ui.status.stage.registration': 'Stage: registration (step 2).',
  'ui.status.stage.application': 'Stage: application sent (step 3).',
  'ui.status.stage.review': 'Stage: review (step 4).',
  'ui.status.stage.decided': 'Stage: decided.',
  'ui.status.cycle': 'Your review cycle: submitted by {submittedBy}.',
  'ui.status.cycle-decided': 'Your review cycle: submitted by {submittedBy}, decided by {decidedBy}.',
};
