import { html, nothing, type TemplateResult } from 'lit';

/** A problem listed in the summary, with the id of the control it links to. */
export interface SummaryItem {
  message: string;
  target: string;
}

/**
 * What an error summary shows, as plain strings in the page's language.
 * @example summaryMarkup({ id: 'error-summary', title: 'There is a problem', items: [{ message: 'Enter your email address', target: 'email' }], focus: (id) => root.getElementById(id)?.focus() })
 */
export interface SummaryMarkup {
  /** The summary's id (focus moves to it); its heading's id is this plus `-title`. */
  id: string;
  /** Its heading, such as "There is a problem". */
  title: string;
  /** A sentence about the whole form, above the list. */
  message?: string | undefined;
  items: readonly SummaryItem[];
  /** Moves focus to a field: inside a shadow root a fragment link cannot do that by itself. */
  focus: (target: string) => void;
}

/**
 * GOV.UK's error summary: at the top of the form, focused when shown (and an alert inside, as
 * GOV.UK Frontend marks it up), each message a link that moves focus to its field. The element's
 * step and the server's workspace both render it. Text goes in as text nodes, never as HTML.
 */
export function summaryMarkup({ id, title, message, items, focus }: SummaryMarkup): TemplateResult {
  return html`<div class="error-summary" part="summary error-summary" tabindex="-1" id=${id}>
    <div role="alert">
      <h2 id=${`${id}-title`}>${title}</h2>
      ${message ? html`<p>${message}</p>` : nothing}
      ${
        items.length
          ? html`<ul>
            ${items.map(
              (item) => html`<li>
                <a href=${`#${item.target}`} @click=${(e: Event) => {
                  e.preventDefault();
                  focus(item.target);
                }}>${item.message}</a>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>
  </div>`;
}
