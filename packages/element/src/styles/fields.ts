import { css } from 'lit';

export const fields = css`
  .field {
    margin-bottom: calc(var(--_ek-space) * 1.25);
  }
  .field.invalid {
    border-left: 4px solid var(--_ek-color-error);
    padding-left: 0.75rem;
  }
  label,
  legend {
    display: block;
    font-weight: bold;
    margin-bottom: 0.25rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  fieldset.entry {
    border: var(--_ek-border-width) solid var(--_ek-color-border);
    border-radius: var(--_ek-radius);
    padding: var(--_ek-space);
    margin-bottom: var(--_ek-space);
  }
  .hint {
    color: var(--_ek-color-muted);
    margin-bottom: 0.25rem;
  }
  .error-message {
    color: var(--_ek-color-error);
    font-weight: bold;
    margin: 0 0 0.25rem;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    width: 100%;
    max-width: 30em;
    min-height: 2.5rem;
    padding: 0.25rem 0.5rem;
    border: var(--_ek-border-width) solid var(--_ek-color-border);
    border-radius: var(--_ek-radius-field);
    color: inherit;
    background: var(--_ek-color-surface);
  }
  textarea {
    max-width: 40em;
    min-height: 6rem;
  }
  .invalid input,
  .invalid select,
  .invalid textarea {
    border-color: var(--_ek-color-error);
  }
  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.5rem;
    align-items: start;
    margin: 0.25rem 0;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    flex: none;
    margin: 0;
  }
  .option label {
    font-weight: normal;
    margin: 0;
  }
  .option-hint {
    grid-column: 2;
    margin: 0;
  }
  fieldset.group {
    margin-bottom: var(--_ek-space);
  }
  fieldset.group > legend h3 {
    margin: 0 0 0.5rem;
  }
  .warning-text {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    margin: var(--_ek-space) 0;
  }
  .warning-text-icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--_ek-color-text);
    color: var(--_ek-color-surface);
    font-weight: bold;
    forced-color-adjust: none;
  }
  @media (forced-colors: active) {
    .warning-text-icon {
      background: CanvasText;
      color: Canvas;
    }
  }
  .totals {
    font-weight: bold;
  }
`;
