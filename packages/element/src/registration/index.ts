export { renderRegistered } from './registered-screen.js';
