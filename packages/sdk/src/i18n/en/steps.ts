/**
 * Messages: the interface of the form's steps, "Check your answers", the requirement tracker and
 * the prompt when two tabs changed one draft: what `<endorsement-application>` shows once the
 * applicant is past its start screen (its CDN build loads them then).
 */
export const stepsEn: Readonly<Record<string, string>> = {
  'ui.back': 'Back',
  'ui.continue': 'Save and continue',
  'ui.to-review': 'Save and check your answers',
  'ui.steps.label': 'Steps',
  'ui.step.position': 'Step {n} of {total}',
  'ui.step.status.complete': 'completed',
  'ui.step.status.incomplete': 'not completed',
  'ui.step.status.invalid': 'has problems',
  'ui.step.status.current': 'current step',
  'ui.register.heading': 'Endorsement Application',
  'ui.register.intro': 'Register first. The {contact} checks your registration before you build the professional application.',
  'ui.register.submit': 'Send registration',
  'ui.apply.heading': 'Professional application',
  'ui.repeat.empty': 'Nothing added yet.',
  'ui.repeat.remove': 'Remove',
  'ui.repeat.removed': '{item} removed.',
  'ui.repeat.undo': 'Undo',
  'ui.document.read': 'Read the {document} (opens in a new tab)',
  'ui.totals.training':
    'Training so far: {total} hours, of which {dei} on diversity, equity and inclusion and {rsc} on providing reflective supervision/consultation.',
  'ui.totals.rsc': 'Reflective supervision/consultation received so far: {total} hours.',
  'ui.review.heading': 'Check your answers',
  'ui.review.intro': 'Check every answer before you submit. Use Change to go back to a step; your answers are kept.',
  'ui.review.change': 'Change',
  'ui.review.submit': 'Submit application',
  'ui.review.unmet': '{count} requirements for this category are not met yet. You can still submit your application.',
  'ui.review.unmet.one': '{count} requirement for this category is not met yet. You can still submit your application.',
  'ui.warning': 'Warning',
  'ui.conflict.body': 'Both tabs changed the answers below. Which do you want to keep? Every other answer from both tabs is kept.',
  'ui.conflict.this-tab': 'In this tab:',
  'ui.conflict.other-tab': 'In the other tab:',
  'ui.conflict.mine': 'Keep the answers in this tab',
  'ui.conflict.theirs': 'Use the answers from the other tab',
  'ui.tracker.heading': 'Your requirements',
  'ui.tracker.for': 'For {category}',
  'ui.tracker.none': 'Choose a category to see what it requires.',
  'ui.tracker.summary': '{met} of {total} requirements met',
  'ui.tracker.met': 'Met',
  'ui.tracker.missing': 'Not yet',
  'ui.tracker.later': 'After review',
  'ui.tracker.changed': 'Requirements: {met} of {total} met.',
  // What the receiver's refusals mean for the applicant, without status numbers (the send's failures
  // are said on the steps' screens).
  'ui.submit.refused': 'The server did not accept it. Your answers are saved; if this happens again, contact the {contact}.',
  'ui.submit.refused.invalid':
    'The server could not read what was sent. Your answers are saved: send again, and if this happens again, contact the {contact}.',
  'ui.submit.refused.too-large':
    'It is larger than the server accepts. Your answers are saved: shorten your longest answers and send again, or contact the {contact}.',
  'ui.submit.refused.conflict':
    'The server already has a different version of this send. Your answers are saved: contact the {contact} before you send again.',
  'ui.submit.refused.rate-limited':
    'The server is getting too many requests from your network. Your answers are saved: wait a few minutes, then send again.',
  'ui.submit.refused.unknown-program':
    'The server this page sends to does not take applications for this program. Your answers are saved: tell the {contact} about this page.',
  'ui.submit.refused.forbidden-origin':
    'The server does not take applications from this website. Your answers are saved: tell the {contact} about this page.',
};
