import { html, nothing, type TemplateResult } from 'lit';
import type { NavigationController } from '../controllers/navigation.js';
import type { QuestionnaireController } from '../controllers/questionnaire.js';
import type { FlowPartController } from '../parts/parts-controller.js';
import { renderPartFailure } from '../parts/part-screens.js';
import { scratchView, type View } from '../view.js';
import { renderQuiz } from './category-quiz.js';
import type { QuizAnswers } from './quiz-answers.js';

/**
 * The start screen's category questionnaire on the controller's answers (a scratch view: they are
 * not the draft's), after the notice of a `flow` part that failed to load when one was wanted.
 */
export function renderQuizScreen(
  quiz: QuestionnaireController,
  flow: FlowPartController,
  nav: NavigationController,
  view: View,
): TemplateResult {
  return html`${flow.wanted && flow.status === 'error' ? renderPartFailure(flow, nav, view) : nothing}${renderQuiz(
    scratchView(
      view,
      (path) => quiz.answers[path[1] as keyof QuizAnswers],
      (path, value) => quiz.answer(path[1] as keyof QuizAnswers, value),
    ),
    quiz.results,
    () => quiz.suggest(view),
    (r) => void quiz.choose(r),
    flow.module?.renderFeeSummary,
  )}`;
}
