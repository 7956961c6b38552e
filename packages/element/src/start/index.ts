export { renderStart } from './start-screen.js';
export { renderQuiz } from './category-quiz.js';
export { quizDraft } from './quiz-draft.js';
export type { StartActions } from './start-screen.js';
export type { QuizAnswers } from './quiz-draft.js';
