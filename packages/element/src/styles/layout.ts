import { css } from 'lit';

export const layout = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: baseline;
    justify-content: space-between;
    border-bottom: 4px solid var(--_ek-color-primary);
    padding-bottom: 0.5rem;
    margin-bottom: var(--_ek-space);
  }
  .header .program {
    font-weight: bold;
  }
  .save-status {
    color: var(--_ek-color-muted);
  }
  .save-status.error {
    color: var(--_ek-color-error);
    font-weight: bold;
  }
  .body {
    display: grid;
    gap: var(--_ek-space);
  }
  @media (min-width: 48em) {
    .body.with-tracker {
      grid-template-columns: minmax(0, 1fr) var(--_ek-tracker-width);
    }
    .body.with-tracker .tracker {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
  }
  .refs-list,
  .step-indicator ol {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .step-indicator a[aria-current='step'] {
    font-weight: bold;
    text-decoration: none;
    color: var(--_ek-color-text);
  }
  .step-indicator .state {
    color: var(--_ek-color-muted);
    font-size: var(--_ek-font-size-small);
  }
  .panel {
    border: var(--_ek-border-width) solid var(--_ek-color-border);
    border-radius: var(--_ek-radius);
    padding: var(--_ek-space);
    margin-bottom: var(--_ek-space);
  }
  .panel.success {
    border-color: var(--_ek-color-success);
  }
  .panel.notice {
    border-color: var(--_ek-color-primary);
    border-left-width: 8px;
  }
  .error-summary {
    border: 4px solid var(--_ek-color-error);
    padding: var(--_ek-space);
    margin-bottom: var(--_ek-space);
  }
  .error-summary ul {
    padding-left: 1.25rem;
  }
  .error-summary a {
    color: var(--_ek-color-error);
    font-weight: bold;
  }
  .tracker details > summary {
    cursor: pointer;
    font-weight: bold;
  }
  .tracker ul {
    padding-left: 0;
    list-style: none;
  }
  .tracker li {
    padding: 0.25rem 0;
    border-bottom: 1px solid var(--_ek-color-border);
  }
  .tracker .met {
    color: var(--_ek-color-success);
  }
  .tracker .missing {
    color: var(--_ek-color-error);
  }
  .tracker .later {
    color: var(--_ek-color-muted);
  }
  dl.answers {
    margin: 0 0 var(--_ek-space);
  }
  dl.answers > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem 1rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_ek-color-border);
  }
  @media (min-width: 40em) {
    dl.answers > div {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    }
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
  }
  .form-title {
    display: block;
    font-size: 1rem;
    color: var(--_ek-color-muted);
    margin-bottom: 0.25rem;
  }
  .step-title {
    display: block;
  }
  .caption {
    color: var(--_ek-color-muted);
    margin-bottom: 0.25rem;
  }
  .actions {
    margin-top: var(--_ek-space);
  }
`;
