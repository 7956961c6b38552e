import { css } from 'lit';

/**
 * What only the rater's page has: its page heading, the groups of the form, the applicant's note,
 * and the save status's line kept while it is empty (it sits above the form: "Saving…" appearing
 * must not move the field being typed in).
 */
export const ratingStyles = css`
  h1 {
    font-family: var(--_ek-font-family-heading);
    font-size: var(--_ek-font-size-heading);
    line-height: 1.25;
    margin: 0 0 calc(var(--_ek-space) * 0.75);
  }
  .group {
    margin: 0 0 calc(var(--_ek-space) * 1.5);
  }
  .save-status > [role='status'] {
    min-height: 1lh;
  }
  fieldset.group > legend h2 {
    margin: 0 0 calc(var(--_ek-space) * 0.5);
  }
  legend.item {
    font-weight: normal;
  }
  .note {
    margin: 0 0 var(--_ek-space);
    padding: 0 0 0 var(--_ek-space);
    border-left: 4px solid var(--_ek-color-border);
    white-space: pre-line;
  }
`;
