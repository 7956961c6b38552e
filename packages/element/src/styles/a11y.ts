import { css } from 'lit';

/**
 * What WCAG 2.2 AA needs beyond the look: targets of at least 24 px (2.5.8), a focus ring that
 * stays visible on every control (2.4.7, 2.4.11), and no motion for who asked for less (2.3.3).
 * Kept apart from the theme so a theme cannot drop it by accident.
 */
export const a11y = css`
  .error-summary li + li {
    margin-top: 0.5rem;
  }
  .error-summary a,
  .step-indicator a,
  dl.answers a,
  button.link,
  .tracker summary {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125rem;
  }
  .error-summary:focus {
    outline: var(--_ek-focus-width) solid var(--_ek-color-focus);
    outline-offset: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
