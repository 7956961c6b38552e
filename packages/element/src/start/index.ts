export { renderStart } from './start-screen.js';
export { renderQuiz } from './category-quiz.js';
export { profileOf } from './quiz-answers.js';
export type { StartActions } from './start-screen.js';
export type { QuizAnswers } from './quiz-answers.js';
