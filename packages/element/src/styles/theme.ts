import { css } from 'lit';

// The one place the defaults live: docs/theming.md, custom-elements.json (through
// custom-elements-manifest.config.mjs) and the contrast test all read this block. Each public
// `--ek-x` is read once here into a private `--_ek-x` with its default, and the other styles use
// only the private one: so a page may set `--ek-x` on the element, on any ancestor or on `:root`
// (a default declared on :host would hide values inherited from the page). Each is preceded by a
// comment saying what it styles. The colours pass WCAG AA on the surface colour
// (test/theme-contrast.node.test.ts). The fonts default to `inherit`: the host page's.
export const theme = css`
  :host {
    /* Buttons, links, the header's rule and other accents. */
    --_ek-color-primary: var(--ek-color-primary, #1d5c8a);
    /* Text on primary (and warning) buttons. */
    --_ek-color-on-primary: var(--ek-color-on-primary, #ffffff);
    /* Body text, and the dark ring around the focus outline. */
    --_ek-color-text: var(--ek-color-text, #1b1b1b);
    /* Hints, save status and other secondary text. */
    --_ek-color-muted: var(--ek-color-muted, #4a4a4a);
    /* The background of the element, fields and secondary buttons. */
    --_ek-color-surface: var(--ek-color-surface, #ffffff);
    /* Field, panel and repeated-entry borders, tracker and answer separators. */
    --_ek-color-border: var(--ek-color-border, #6b6b6b);
    /* Error messages, the error summary, invalid fields, unmet requirements, the warning button. */
    --_ek-color-error: var(--ek-color-error, #b3261e);
    /* Met requirements and confirmation panels. */
    --_ek-color-success: var(--ek-color-success, #1e6b34);
    /* The focus outline (drawn inside a ring of the text colour, so it shows on any surface). */
    --_ek-color-focus: var(--ek-color-focus, #ffbf47);
    /* Font family of everything; the host page's by default. */
    --_ek-font-family: var(--ek-font-family, inherit);
    /* Font family of headings; the element's font by default. */
    --_ek-font-family-heading: var(--ek-font-family-heading, inherit);
    /* Base font size; the host page's by default. */
    --_ek-font-size: var(--ek-font-size, inherit);
    /* Step headings (h2). */
    --_ek-font-size-heading: var(--ek-font-size-heading, 1.5em);
    /* Sub-headings (h3, h4). */
    --_ek-font-size-subheading: var(--ek-font-size-subheading, 1.2em);
    /* Small print: step states in the step indicator. */
    --_ek-font-size-small: var(--ek-font-size-small, 0.875em);
    /* Corner radius of buttons, panels and repeated entries. */
    --_ek-radius: var(--ek-radius, 4px);
    /* Corner radius of text inputs, selects and text areas. */
    --_ek-radius-field: var(--ek-radius-field, 0);
    /* Width of field, button and panel borders. */
    --_ek-border-width: var(--ek-border-width, 2px);
    /* Width of the focus outline. */
    --_ek-focus-width: var(--ek-focus-width, 3px);
    /* Smallest height of buttons (a 44 px touch target by default). */
    --_ek-button-min-height: var(--ek-button-min-height, 2.75rem);
    /* Base spacing: between fields, panels and sections. */
    --_ek-space: var(--ek-space, 1rem);
    /* Widest the element grows. */
    --_ek-max-width: var(--ek-max-width, 60rem);
    /* Width of the requirement tracker beside the form on wide screens. */
    --_ek-tracker-width: var(--ek-tracker-width, 16rem);
  }
`;
