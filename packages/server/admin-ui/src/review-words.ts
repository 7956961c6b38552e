import type { AreaRating, ReviewRecommendation } from '@endorsement-kit/sdk';
import type { AssignmentState } from '../../src/admin/review-api-types.js';

/** The workspace's English words for the review's codes. */
export const RATINGS: Record<AreaRating, string> = { met: 'Met', not_yet: 'Not yet', not_applicable: 'Not applicable' };

export const RECOMMENDATIONS: Record<ReviewRecommendation, string> = {
  endorse: 'Endorse',
  approve_for_exam: 'Approve to sit the exam',
  emerging: 'Emerging',
  defer: 'Defer, with advice',
  request_info: 'Ask for more information',
};

export const REVIEW_STATES: Record<AssignmentState, string> = {
  waiting: 'Waiting for the first reviewer',
  assigned: 'Asked, not yet answered',
  accepted: 'Accepted, in progress',
  declined: 'Declined',
  conflict: 'Conflict of interest declared',
  submitted: 'Submitted',
  withdrawn: 'Withdrawn',
};
