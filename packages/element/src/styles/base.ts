import { css } from 'lit';

export const base = css`
  :host {
    display: block;
    font-family: var(--ek-font-family);
    font-size: var(--ek-font-size);
    color: var(--ek-color-text);
    background: var(--ek-color-surface);
    max-width: var(--ek-max-width);
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
    font-family: var(--ek-font-family-heading);
    line-height: 1.25;
    margin: 0 0 calc(var(--ek-space) * 0.75);
  }
  h2 {
    font-size: var(--ek-font-size-heading);
  }
  h3,
  h4 {
    font-size: var(--ek-font-size-subheading);
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--ek-space);
  }
  :focus-visible {
    outline: var(--ek-focus-width) solid var(--ek-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--ek-focus-width) + 2px) var(--ek-color-text);
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
    min-height: var(--ek-button-min-height);
    padding: 0.5rem 1rem;
    margin: 0 0.5rem 0.5rem 0;
    border: var(--ek-border-width) solid var(--ek-color-primary);
    border-radius: var(--ek-radius);
    background: var(--ek-color-primary);
    color: var(--ek-color-on-primary);
    cursor: pointer;
    text-align: center;
  }
  button.secondary {
    background: var(--ek-color-surface);
    color: var(--ek-color-primary);
  }
  button.warning {
    background: var(--ek-color-error);
    border-color: var(--ek-color-error);
  }
  button.link {
    min-height: 0;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: var(--ek-color-primary);
    text-decoration: underline;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--ek-color-primary);
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s;
    }
  }
`;
