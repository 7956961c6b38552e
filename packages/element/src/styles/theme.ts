import { css } from 'lit';

// The one place the defaults live: docs/theming.md, custom-elements.json (through
// custom-elements-manifest.config.mjs) and the contrast test all read this block. Each property
// is preceded by a comment saying what it styles. The colours pass WCAG AA on the surface colour
// (test/theme-contrast.node.test.ts). `inherit` on the font properties means "the host page's":
// an unset custom property makes `font-family: var(--ek-font-family)` fall back to inheriting.
export const theme = css`
  :host {
    /* Buttons, links, the header's rule and other accents. */
    --ek-color-primary: #1d5c8a;
    /* Text on primary (and warning) buttons. */
    --ek-color-on-primary: #ffffff;
    /* Body text, and the dark ring around the focus outline. */
    --ek-color-text: #1b1b1b;
    /* Hints, save status and other secondary text. */
    --ek-color-muted: #4a4a4a;
    /* The background of the element, fields and secondary buttons. */
    --ek-color-surface: #ffffff;
    /* Field, panel and repeated-entry borders, tracker and answer separators. */
    --ek-color-border: #6b6b6b;
    /* Error messages, the error summary, invalid fields, unmet requirements, the warning button. */
    --ek-color-error: #b3261e;
    /* Met requirements and confirmation panels. */
    --ek-color-success: #1e6b34;
    /* The focus outline (drawn inside a ring of the text colour, so it shows on any surface). */
    --ek-color-focus: #ffbf47;
    /* Font family of everything; the host page's by default. */
    --ek-font-family: inherit;
    /* Font family of headings; the element's font by default. */
    --ek-font-family-heading: inherit;
    /* Base font size; the host page's by default. */
    --ek-font-size: inherit;
    /* Step headings (h2). */
    --ek-font-size-heading: 1.5em;
    /* Sub-headings (h3, h4). */
    --ek-font-size-subheading: 1.2em;
    /* Small print: step states in the step indicator. */
    --ek-font-size-small: 0.875em;
    /* Corner radius of buttons, panels and repeated entries. */
    --ek-radius: 4px;
    /* Corner radius of text inputs, selects and text areas. */
    --ek-radius-field: 0;
    /* Width of field, button and panel borders. */
    --ek-border-width: 2px;
    /* Width of the focus outline. */
    --ek-focus-width: 3px;
    /* Smallest height of buttons (a 44 px touch target by default). */
    --ek-button-min-height: 2.75rem;
    /* Base spacing: between fields, panels and sections. */
    --ek-space: 1rem;
    /* Widest the element grows. */
    --ek-max-width: 60rem;
    /* Width of the requirement tracker beside the form on wide screens. */
    --ek-tracker-width: 16rem;
  }
`;
