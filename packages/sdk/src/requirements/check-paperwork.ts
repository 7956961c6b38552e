import type { CheckContext } from './check-context.js';
import type { Requirement } from './requirement.js';

/** `transcripts`, `membership`, `attestations` and the `exam`. */
export function checkPaperwork(ctx: CheckContext): Requirement[] {
  const { rules, facts, say } = ctx;
  const out: Requirement[] = [];
  // A CDA is a credential, not a degree: it has no transcript.
  const degrees = facts.degrees.filter((d) => d.level !== 'cda');
  const requiresDegree = rules.education.level !== null && rules.education.level !== 'cda';
  if (rules.transcripts && (degrees.length > 0 || requiresDegree)) {
    const missing = degrees.filter((d) => d.transcript !== 'requested' && d.transcript !== 'received').length;
    if (degrees.length === 0) out.push({ id: 'transcripts', met: false, detail: say('requirement.transcripts.no-degree') });
    else if (missing === 0) out.push({ id: 'transcripts', met: true, detail: say('requirement.transcripts.met') });
    else out.push({ id: 'transcripts', met: false, detail: say('requirement.transcripts.missing', { missing }, missing) });
  }
  if (rules.membership) {
    out.push({
      id: 'membership',
      met: facts.membership,
      detail: say(facts.membership ? 'requirement.membership.met' : 'requirement.membership.missing'),
    });
  }
  if (rules.attestations) {
    const signed = facts.codeOfEthics && facts.endorsementAgreement;
    const key = signed
      ? 'requirement.attestations.met'
      : !facts.codeOfEthics && !facts.endorsementAgreement
        ? 'requirement.attestations.missing'
        : facts.codeOfEthics
          ? 'requirement.attestations.missing-agreement'
          : 'requirement.attestations.missing-ethics';
    out.push({ id: 'attestations', met: signed, detail: say(key) });
  }
  if (rules.exam) out.push({ id: 'exam', met: false, later: true, detail: say('requirement.exam.later') });
  return out;
}
