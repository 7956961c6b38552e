/** Messages: drafts, saving and submission states (for the element, the CLI and any host UI). */
export const draftsEn: Readonly<Record<string, string>> = {
  'drafts.save.saving': 'Saving…',
  'drafts.save.saved': 'Saved on this device {time}',
  'drafts.save.memory': 'Not saved on this device: {reason}. Your answers are kept while this page stays open, and saving is tried again.',
  'drafts.reason.unavailable': 'this browser does not allow saving here (for example in private browsing)',
  'drafts.reason.quota': 'the device is out of storage space',
  'drafts.reason.blocked': 'another tab of this application is blocking the storage',
  'drafts.reason.unreadable': 'a saved application could not be read; it was set aside, not deleted',
  'drafts.reason.unknown': 'an unexpected storage error',
  'drafts.conflict': 'These answers were changed in another tab or window.',
  'drafts.submission.invalid': '{count} answers need attention. Nothing was sent.',
  'drafts.submission.server-issues': 'It was not accepted: {count} answers need attention.',
  'drafts.submission.offline': 'You are offline. It will be sent once you are back online.',
  'drafts.submission.network': 'The server could not be reached. Your answers are kept; trying again will not send it twice.',
  'drafts.submission.rejected': 'It was not accepted ({status}). Your answers are kept.',
  'drafts.submission.cancelled': 'Sending was cancelled. Nothing more was sent.',
  'drafts.submission.sent': 'Sent. Your reference is {id}.',
};
