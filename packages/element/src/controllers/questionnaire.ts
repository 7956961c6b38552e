import type { ReactiveControllerHost } from 'lit';
import type { FlowPartController } from '../parts/parts-controller.js';
import type { Recommendation } from '../sdk-types.js';
import { profileOf, type QuizAnswers } from '../start/quiz-answers.js';
import type { View } from '../view.js';
import type { EndorsementController } from './endorsement-controller.js';
import type { LiveAnnouncer } from './live-announcer.js';
import type { NavigationController } from './navigation.js';

export interface QuestionnaireOptions {
  endorsement: EndorsementController;
  navigation: NavigationController;
  flow: FlowPartController;
  announcer: LiveAnnouncer;
}

/**
 * The start screen's category questionnaire: the answers (kept apart from the draft, nothing
 * saved), the categories it suggests, and the choice of one, which goes into the draft.
 * It needs no lifecycle hook, so it is not added to the host; it asks the host to render on each change.
 * @example
 * const quiz = new QuestionnaireController(this, { endorsement, navigation, flow, announcer });
 * renderQuiz(view, quiz.results, () => quiz.suggest(view), (r) => void quiz.choose(r))
 */
export class QuestionnaireController {
  answers: QuizAnswers = {};
  /** The suggested categories, once asked for. */
  declare results: Recommendation[] | undefined;

  declare private readonly host: ReactiveControllerHost;
  declare private readonly options: QuestionnaireOptions;

  constructor(host: ReactiveControllerHost, options: QuestionnaireOptions) {
    this.host = host;
    this.options = options;
  }

  answer(key: keyof QuizAnswers, value: unknown): void {
    this.answers = { ...this.answers, [key]: value };
    this.host.requestUpdate();
  }

  suggest(view: View): void {
    const { flow, navigation } = this.options;
    flow.wanted = true;
    navigation.pending = flow.load().then(
      // The questionnaire's rule (what a profile can tell, paperwork aside) is the SDK's.
      (module) => this.show(module.recommendForProfile(view.program, profileOf(this.answers), { locale: view.locale })),
      () => undefined,
    );
  }

  async choose(recommendation: Recommendation): Promise<void> {
    const { endorsement, announcer, navigation } = this.options;
    // Asked before the draft opened (the questionnaire shows meanwhile): the choice goes into it.
    if (endorsement.state !== 'ready') await endorsement.opened;
    if (!endorsement.draft) return;
    // A draft already registered (or sent) keeps its category: the choice starts a new application.
    if (endorsement.draft.registration || endorsement.draft.receipt) {
      await endorsement.startNew();
      announcer.reset();
    }
    const draft = endorsement.draft!;
    const category = recommendation.category;
    draft.set(['endorsement'], endorsement.program!.categories[category]?.endorsement);
    draft.set(['category'], category);
    navigation.go('flow', 'registration', 0);
  }

  /** Shows suggestions, or none (`undefined`, for a new draft). */
  show(results: Recommendation[] | undefined): void {
    this.results = results;
    this.host.requestUpdate();
  }
}
