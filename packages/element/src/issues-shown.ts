import type { Issue } from '@endorsement-kit/sdk/core';
import type { FlowNavigation, FlowPause } from './application-step/flow-context.js';
import { samePath } from './view.js';

/**
 * The issues on show, in the language shown now: each one the SDK still reports is worded
 * afresh, so switching to Spanish turns the error summary Spanish too; a backend's (422) keep
 * the backend's words.
 */
export function issuesShown(nav: FlowNavigation, pause: FlowPause): Issue[] {
  if (nav.issues.length === 0 || nav.screen !== 'flow') return nav.issues;
  const now = (pause.settle(nav.form)?.statuses ?? []).flatMap((s) => s.issues);
  return nav.issues.map((shown) => now.find((i) => i.code === shown.code && samePath(i.path, shown.path)) ?? shown);
}
