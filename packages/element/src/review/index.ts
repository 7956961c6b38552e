export { renderReview } from './review-screen.js';
