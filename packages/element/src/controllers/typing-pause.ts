import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale, Program } from '@endorsement-kit/sdk/core';
import type { FormKind } from '../events/step-change-event.js';
import type { FlowPartController } from '../parts/parts-controller.js';
import type { EndorsementController } from './endorsement-controller.js';
import type { FlowPause, Settled } from '../application-step/flow-context.js';

export interface TypingPauseOptions {
  endorsement: EndorsementController;
  flow: FlowPartController;
  locale: (program: Program) => Locale;
  /** Milliseconds without a key that count as a pause in typing. @default 300 */
  pause?: number;
}

/**
 * Step statuses and requirement progress as of the last pause in typing. Both read the whole
 * draft (validation, rules), so while the applicant types they are not worked out again on every
 * key: the tracker, the step list and the announcements catch up once typing pauses, when the host
 * renders again.
 * @example
 * const typing = new TypingPauseController(this, { endorsement, flow, locale: () => 'en' });
 * onInput() { typing.typed(); draft.set(path, value) }
 * render() { const { statuses } = typing.settle('application') ?? { statuses: [] } }
 */
export class TypingPauseController implements ReactiveController, FlowPause {
  /** Settles at the next pause; undefined while the applicant is not typing. */
  declare done: Promise<void> | undefined;
  declare private timer: ReturnType<typeof setTimeout> | undefined;
  declare private end: (() => void) | undefined;
  declare private last: Settled | undefined;

  declare private readonly host: ReactiveControllerHost;
  declare private readonly options: TypingPauseOptions;

  constructor(host: ReactiveControllerHost, options: TypingPauseOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** A key was typed: what reads the whole draft waits for the pause. */
  typed(): void {
    clearTimeout(this.timer);
    this.done ??= new Promise<void>((resolve) => (this.end = resolve));
    this.timer = setTimeout(() => this.stop(true), this.options.pause ?? 300);
  }

  /** Statuses and requirements for the current answers, or as of the last pause while typing goes on. */
  settle(form: FormKind): Settled | undefined {
    const { endorsement, flow: part, locale: localeOf } = this.options;
    const flow = part.module;
    const { draft, program } = endorsement;
    if (!flow || !draft || !program) return undefined;
    const locale = localeOf(program);
    const last = this.last;
    if (last && last.form === form && last.locale === locale && (last.value === draft.value || this.done)) return last;
    const category = draft.value.category;
    return (this.last = {
      value: draft.value,
      form,
      locale,
      statuses: flow.stepStatuses(program, draft.value, { form, locale, ...(category ? { category } : {}) }),
      requirements: category ? flow.evaluateRequirements(program, draft.value, { locale }) : undefined,
    });
  }

  hostDisconnected(): void {
    this.stop(false);
  }

  private stop(update: boolean): void {
    clearTimeout(this.timer);
    const end = this.end;
    this.done = this.end = undefined;
    if (update) this.host.requestUpdate();
    end?.();
  }
}
