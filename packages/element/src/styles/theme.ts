import { css } from 'lit';

// Defaults pass WCAG AA contrast on white (primary #1d5c8a: 7.0:1; error #b3261e: 6.5:1).
export const theme = css`
  :host {
    --ek-color-primary: #1d5c8a;
    --ek-color-on-primary: #ffffff;
    --ek-color-text: #1b1b1b;
    --ek-color-muted: #4a4a4a;
    --ek-color-surface: #ffffff;
    --ek-color-border: #6b6b6b;
    --ek-color-error: #b3261e;
    --ek-color-success: #1e6b34;
    --ek-color-focus: #ffbf47;
    --ek-radius: 4px;
    --ek-space: 1rem;
    --ek-max-width: 60rem;
  }
`;
