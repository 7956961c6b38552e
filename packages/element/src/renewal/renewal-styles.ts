import { css } from 'lit';

/**
 * What only the renewal page has: its heading, the checklist's marks, the coordinator's note, and
 * the save status's line kept while it is empty ("Saving…" appearing must not move Submit).
 */
export const renewalStyles = css`
  h1 {
    font-family: var(--_ek-font-family-heading);
    font-size: var(--_ek-font-size-heading);
    line-height: 1.25;
    margin: 0 0 calc(var(--_ek-space) * 0.75);
  }
  .checklist {
    padding-left: 1.25rem;
  }
  .save-state {
    min-height: 1lh;
  }
  .checklist .met::marker {
    content: '✓ ';
  }
  .checklist .missing::marker {
    content: '✗ ';
  }
  .note {
    white-space: pre-line;
    border-left: 4px solid var(--_ek-color-border);
    padding-left: var(--_ek-space);
  }
  .field.checkbox {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
`;
