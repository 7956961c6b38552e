import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '@endorsement-kit/sdk/core';
import { EndorsementStepChangeEvent, type FormKind } from '../events/step-change-event.js';
import type { Removed } from '../application-step/repeat-actions.js';
import type { FlowNavigation } from '../application-step/flow-context.js';
import type { FlowPartController } from '../parts/parts-controller.js';
import type { StepSpec } from '../sdk-types.js';
import type { EndorsementController } from './endorsement-controller.js';
import { loadPosition, savePosition, type Screen } from './position.js';

export interface NavigationOptions {
  endorsement: EndorsementController;
  flow: FlowPartController;
  /** Called on every move, for what belonged to the screen left (a message, an undo, a prompt). */
  onMove?: () => void;
}

/**
 * Where the applicant is: the screen, the form and step on it, whether a Change link from "Check
 * your answers" brought them (Continue and Back then return there), the issues on show and what
 * takes focus after the next render. Every move is stored (a reload returns to the same step) and
 * told to the host (`endorsement-step-change`).
 * @example
 * const nav = new NavigationController(this, { endorsement, flow });
 * html`<button @click=${() => nav.go('flow', 'application', 0)}>Apply</button>`
 */
export class NavigationController implements ReactiveController, FlowNavigation {
  screen: Screen = 'start';
  form: FormKind = 'registration';
  index = 0;
  /** On a step reached by a Change link from "Check your answers". */
  returnToReview = false;
  /** The issues in the error summary, from the last Continue or a backend's 422. */
  issues: Issue[] = [];
  /** An entry just removed from a list on this step, with its undo. */
  declare removed: Removed | undefined;
  /** The id of the element that takes focus after the next render. */
  declare focus: string | undefined;
  /** Work on a part that the screen waits for: the host's `updateComplete` settles after it. */
  declare pending: Promise<unknown> | undefined;
  declare private memo: { key: readonly unknown[]; steps: StepSpec[] } | undefined;

  declare private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
  declare private readonly options: NavigationOptions;

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }, options: NavigationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  go(screen: Screen, form: FormKind = this.form, index = 0): void {
    const { endorsement, flow } = this.options;
    this.screen = screen;
    this.form = form;
    this.index = index;
    this.issues = [];
    this.removed = undefined;
    this.options.onMove?.();
    if (screen !== 'flow') this.returnToReview = false;
    this.focus = 'ek-step-heading';
    this.host.requestUpdate();
    const { draft, program } = endorsement;
    if (draft && program) savePosition(program.id, draft.id, { screen, form, index, ...(this.returnToReview ? { review: true } : {}) });
    const announce = () => {
      const step = screen === 'flow' ? this.steps(form)[index]?.id : screen;
      this.host.dispatchEvent(new EndorsementStepChangeEvent(step ?? screen, screen === 'flow' ? form : undefined, index));
    };
    // A step's id is known once the `flow` part is here.
    if (screen === 'flow' && !flow.module) this.pending = flow.load().then(announce, () => undefined);
    else {
      // Past the start screen every screen shows something of the part (fees, transcripts, references).
      if (screen !== 'start') flow.prefetch(true);
      announce();
    }
  }

  /** Back where the applicant was in the draft just opened, unless what was sent since moved them on. */
  restore(): void {
    const { program, draft } = this.options.endorsement;
    if (!program || !draft) return;
    const saved = loadPosition(program.id, draft.id);
    // Sent while the applicant was away (a resumed send, another tab): the saved step is past.
    const passed =
      saved &&
      ((draft.receipt && (saved.screen === 'review' || (saved.screen === 'flow' && saved.form === 'application'))) ||
        (draft.registration && saved.screen === 'flow' && saved.form === 'registration'));
    if (saved && !passed) {
      this.screen = saved.screen;
      this.form = saved.form;
      this.index = saved.index;
      this.returnToReview = saved.screen === 'flow' && saved.review === true;
    } else this.screen = draft.receipt ? 'receipt' : draft.registration ? 'registered' : 'start';
    this.host.requestUpdate();
  }

  /** Continue on the start screen: to the stored position, else the first step of the form due. */
  resume(): void {
    const { program, draft } = this.options.endorsement;
    const saved = program && draft ? loadPosition(program.id, draft.id) : undefined;
    if (saved && saved.screen !== 'start') {
      this.returnToReview = saved.screen === 'flow' && saved.review === true;
      this.go(saved.screen, saved.form, saved.index);
    } else this.go('flow', draft?.registration ? 'application' : 'registration', 0);
  }

  /** A Change link on "Check your answers": to the step, and back to the review after it. */
  change(index: number, target: string): void {
    this.returnToReview = true;
    this.go('flow', 'application', index);
    this.focus = target;
  }

  /** Shows issues in the error summary, which takes focus. */
  show(issues: readonly Issue[]): void {
    this.issues = [...issues];
    this.focusOn('ek-error-summary');
  }

  /** Focuses an element (by id) after the next render. */
  focusOn(id: string | undefined): void {
    this.focus = id;
    this.host.requestUpdate();
  }

  /** The form's steps; none until the `flow` part is here (no screen that shows them renders before). */
  steps(form: FormKind): StepSpec[] {
    const flow = this.options.flow.module;
    if (!flow) return [];
    const { program, draft } = this.options.endorsement;
    const value = draft?.value;
    // The same steps for the same inputs, worked out once rather than on every key: the fields
    // of a step keep their identity, so what renders them can tell that nothing changed.
    // Today is part of the key: the rules in force (and so the steps) may change at midnight.
    const key = [program!, form, value?.category, value?.endorsement, new Date().toDateString()] as const;
    const last = this.memo;
    if (last && last.key.every((k, i) => k === key[i])) return last.steps;
    const steps = flow.getSteps(key[0], { form, category: key[2], endorsement: key[3] });
    this.memo = { key, steps };
    return steps;
  }

  hostUpdated(): void {
    if (!this.focus) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${this.focus}`);
    // A screen waiting for its part takes focus once it shows.
    if (!target && this.pending) return;
    this.focus = undefined;
    const control = target?.localName === 'fieldset' ? (target.querySelector<HTMLElement>('input') ?? target) : target;
    control?.focus();
  }
}
