import { css } from 'lit';

export const base = css`
  :host {
    display: block;
    font-family: var(--_ek-font-family);
    font-size: var(--_ek-font-size);
    color: var(--_ek-color-text);
    background: var(--_ek-color-surface);
    max-width: var(--_ek-max-width);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    font-family: var(--_ek-font-family-heading);
    line-height: 1.25;
    margin: 0 0 calc(var(--_ek-space) * 0.75);
  }
  h2 {
    font-size: var(--_ek-font-size-heading);
  }
  h3,
  h4,
  .h3 {
    font-size: var(--_ek-font-size-subheading);
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--_ek-space);
  }
  :focus-visible {
    outline: var(--_ek-focus-width) solid var(--_ek-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_ek-focus-width) + 2px) var(--_ek-color-text);
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  .vh {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  button,
  .button {
    font: inherit;
    display: inline-block;
    min-height: var(--_ek-button-min-height);
    padding: 0.5rem 1rem;
    margin: 0 0.5rem 0.5rem 0;
    border: var(--_ek-border-width) solid var(--_ek-color-primary);
    border-radius: var(--_ek-radius);
    background: var(--_ek-color-primary);
    color: var(--_ek-color-on-primary);
    cursor: pointer;
    text-align: center;
  }
  button.secondary {
    background: var(--_ek-color-surface);
    color: var(--_ek-color-primary);
  }
  button.warning {
    background: var(--_ek-color-error);
    border-color: var(--_ek-color-error);
  }
  button.link {
    min-height: 0;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: var(--_ek-color-primary);
    text-decoration: underline;
  }
  /* Busy buttons keep focus (aria-disabled, not disabled): a disabled one would drop it to the page. */
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_ek-color-primary);
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s;
    }
  }
`;
