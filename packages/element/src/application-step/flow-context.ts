import type { Issue, Program } from '@endorsement-kit/sdk/core';
import type { FormKind } from '../events/step-change-event.js';
import type { Screen } from '../controllers/position.js';
import type { Draft, Path, Requirements, StepSpec, StepState } from '../sdk-types.js';
import type { Removed } from './repeat-actions.js';

// What the `flow` part's screens read and drive, declared here, below the controllers: the
// controllers load the part, so the part may not import them back (not even their types). The
// element's controllers implement these; `ApplicationContext` extends `FlowContext`, so tsc checks
// that they still fit.

/** Step statuses and requirement progress worked out for one draft value, form and language. */
export interface Settled {
  value: unknown;
  form: FormKind;
  locale: string;
  statuses: StepState[];
  requirements: Requirements | undefined;
}

/** Where the applicant is and how they move (implemented by `NavigationController`). */
export interface FlowNavigation {
  readonly screen: Screen;
  readonly form: FormKind;
  readonly index: number;
  readonly returnToReview: boolean;
  readonly issues: Issue[];
  removed: Removed | undefined;
  go(screen: Screen, form?: FormKind, index?: number): void;
  change(index: number, target: string): void;
  show(issues: readonly Issue[]): void;
  focusOn(id: string | undefined): void;
  steps(form: FormKind): StepSpec[];
}

/** The checks as of the last pause in typing (implemented by `TypingPauseController`). */
export interface FlowPause {
  settle(form: FormKind): Settled | undefined;
}

/** The element's controllers as the `flow` part's screens see them. */
export interface FlowContext {
  /** The element: renders again on request; its `endpoint` is where reference requests go. */
  readonly host: { requestUpdate(): void; readonly endpoint: string | undefined };
  readonly controller: { readonly program: Program | undefined; readonly draft: Draft | undefined; get(path: Path): unknown };
  readonly nav: FlowNavigation;
  readonly sending: {
    readonly busy: boolean;
    /** What the last send left to say; set by the screens too (a submit refused before sending). */
    message: { text: string; alert: boolean } | undefined;
    send(kind: FormKind): Promise<void>;
  };
  readonly pause: FlowPause;
  readonly announcer: { poke(): void };
  /** Wide, the tracker stands beside the step; narrow, it folds above it. */
  readonly wide: { readonly matches: boolean };
}
