import type { ReferenceRequestView } from '../schema/reference-wire.js';
import type { RatingSummary } from '../requirements/requirement.js';

/**
 * The applicant's own request list as rating summaries. Their view says only whether a submitted
 * form counts, never the rater's endorsement, so each rater counts as not endorsed here.
 */
export function applicantSummaries(requests: readonly ReferenceRequestView[]): RatingSummary[] {
  return requests.map((r) => ({
    requestId: r.id,
    role: r.role,
    endorsed: false,
    state: r.state,
    counted: r.state === 'submitted' && r.counts !== false,
  }));
}
