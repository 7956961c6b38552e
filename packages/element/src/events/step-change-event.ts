/** Which form a step belongs to. */
export type FormKind = 'registration' | 'application';

/**
 * Fired when the applicant moves to another step or screen (`step` is a step id such as `work`,
 * or one of `start`, `registered`, `review`, `receipt`, `status`).
 * @example app.addEventListener('endorsement-step-change', (e) => analytics.page(e.step));
 */
export class EndorsementStepChangeEvent extends Event {
  static readonly type = 'endorsement-step-change';
  constructor(
    readonly step: string,
    readonly form: FormKind | undefined,
    readonly index: number,
  ) {
    super(EndorsementStepChangeEvent.type, { bubbles: true, composed: true });
  }
}
