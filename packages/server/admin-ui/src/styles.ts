import { css } from 'lit';

// The workspace's own layout on top of the element's theme, base, layout and field styles.
export const workspaceStyles = css`
  :host {
    margin: 0 auto;
    padding: var(--_ek-space);
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
  h1 {
    font-size: 1.75em;
    line-height: 1.2;
    margin: 0 0 var(--_ek-space);
  }
  header.top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: baseline;
    justify-content: space-between;
    border-bottom: 4px solid var(--_ek-color-primary);
    margin-bottom: var(--_ek-space);
    padding-bottom: 0.5rem;
  }
  header.top p {
    margin: 0;
  }
  .table-wrap {
    overflow-x: auto;
    margin-bottom: var(--_ek-space);
  }
  /* The element's base styles let text wrap anywhere, which lets a table squeeze a column to a
     letter's width ("Ki / nd"). In tables words wrap whole; a table wider than the screen scrolls
     in its own region (.table-wrap), and an email address (.breakable) may still wrap anywhere. */
  table {
    border-collapse: collapse;
    width: 100%;
    overflow-wrap: break-word;
  }
  .breakable {
    overflow-wrap: anywhere;
  }
  td.breakable {
    min-width: 10em;
  }
  caption {
    text-align: left;
    font-weight: bold;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_ek-color-border);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0 1rem;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  section {
    margin-bottom: calc(var(--_ek-space) * 2);
  }
  .met {
    color: var(--_ek-color-success);
  }
  .missing {
    color: var(--_ek-color-error);
  }
  .later {
    color: var(--_ek-color-muted);
  }
  .note {
    white-space: pre-wrap;
  }
  /* The reviewer's checklist (reviewer-view.ts): one fieldset per area, its choices in a row. */
  fieldset.area {
    border: 1px solid var(--_ek-color-border);
    margin: 0 0 var(--_ek-space);
    padding: 0.5rem 1rem;
  }
  fieldset.evidence {
    border: 0;
    margin: 0.5rem 0 0;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .error-summary h2 {
    font-size: var(--_ek-font-size-subheading);
  }
`;
