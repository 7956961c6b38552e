import { localize, translateUi, type Issue, type LocalizedText, type Program } from '@endorsement-kit/sdk/core';
import type { ApplicationContext } from './application-context.js';
import type { Announcements } from './controllers/live-announcer.js';
import { saveKind, saveStatusText } from './header/save-status.js';
import { shownSaveState } from './header/shown-save-state.js';
import { issuesShown } from './issues-shown.js';
import { samePath, type View } from './view.js';

/** What the screens render with: the program's words in `locale`, the draft's values, and the applicant's edits. */
export function applicationView({ controller, announcer, pause, nav }: ApplicationContext, program: Program, locale: string): View {
  const serverIssues = (controller.draft?.issues ?? []) as readonly Issue[];
  let onShow: readonly Issue[] | undefined;
  return {
    program,
    locale,
    t: (key, params) => translateUi(program, locale, key, params),
    text: (value: LocalizedText | undefined) => (value === undefined ? '' : localize(value, locale)),
    get: (path) => controller.get(path),
    set: (path, value, typed) => {
      announcer.prime();
      pause.typed();
      controller.set(path, value, typed);
      announcer.poke();
    },
    committed: () => announcer.poke(),
    issueAt: (path) => issuesShown(nav, pause).find((i) => samePath(i.path, path)) ?? serverIssues.find((i) => samePath(i.path, path)),
    issuesWithin: (prefix) =>
      (onShow ??= [...issuesShown(nav, pause), ...serverIssues]).filter(
        (i) => i.path.length >= prefix.length && samePath(prefix, i.path.slice(0, prefix.length)),
      ),
  };
}

/**
 * What the live region may say, politely, once the applicant pauses: the requirement count when
 * it moves, and the save status when it turns saved, failed or conflicting (not every save).
 */
export function announcements(context: ApplicationContext, localeOf: (program: Program) => string): Announcements {
  const { controller, flow: part, nav, pause } = context;
  const { draft, program } = controller;
  if (!draft || !program) return {};
  const locale = localeOf(program);
  const result: Announcements = {};
  // After sending, the answers are cleared: a "0 met" on the receipt would mislead.
  const flow = part.module;
  if (flow && draft.value.category && nav.screen !== 'receipt' && nav.screen !== 'status') {
    const { met, total } = flow.countMet(
      flow.trackedRequirements(
        context,
        applicationView(context, program, locale),
        pause.settle(nav.form)?.requirements ?? flow.evaluateRequirements(program, draft.value, { locale }),
      )!,
    );
    result['tracker'] = {
      key: `${draft.value.category} ${met}/${total}`,
      text: translateUi(program, locale, 'ui.tracker.changed', { met, total }),
    };
  }
  const state = shownSaveState(draft);
  result['save'] =
    state.status === 'saving'
      ? undefined
      : { key: saveKind(state), text: saveStatusText(applicationView(context, program, locale), state) };
  return result;
}
