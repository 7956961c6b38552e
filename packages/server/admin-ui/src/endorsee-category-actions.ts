import { html, nothing, type TemplateResult } from 'lit';
import type { EndorseeCategoryView, EndorseeView } from '../../src/endorsees/endorsee-api-types.js';
import { api } from './api.js';
import { errorSummary, formField } from './form-field.js';
import type { ViewHost } from './view-host.js';

/**
 * A category's actions beyond approval, on the Endorsees page: ask the endorsee for more
 * information (a note; the API mails them a new link), place the category inactive, archive it,
 * start the reinstatement of a lapsed category (the endorsee is mailed what to do).
 * Each button's name starts with its visible words and names the person and the category.
 */
export function categoryActions(host: ViewHost, person: EndorseeView, category: EndorseeCategoryView): TemplateResult {
  const act = (action: 'inactive' | 'archive', done: string) =>
    void host.change('endorsees', 'POST', `/endorsees/${person.id}/categories/${category.code}/${action}`, {}, done);
  const open = ['current', 'submitted'].includes(category.status);
  return html`${category.status === 'submitted' ? moreInformation(host, person, category) : nothing}
    ${
      open
        ? html`<button type="button" class="secondary" @click=${() => act('inactive', `${person.fullName}: ${category.code} is inactive.`)}>Place ${category.code} of ${person.fullName} inactive</button>`
        : nothing
    }
    ${
      category.status === 'lapsed' && !category.reinstatement
        ? html`<button type="button" class="secondary" @click=${() => void host.change('endorsees', 'POST', `/endorsees/${person.id}/categories/${category.code}/reinstatement`, {}, `${person.fullName}: the reinstatement of ${category.code} started; they were mailed what to do.`)}>Start the reinstatement of ${category.code} for ${person.fullName}</button>`
        : nothing
    }
    ${
      category.status !== 'archived'
        ? html`<button type="button" class="secondary" @click=${() => act('archive', `${person.fullName}: ${category.code} is archived.`)}>Archive ${category.code} of ${person.fullName}</button>`
        : nothing
    }`;
}

/** The note sent back with a submitted renewal: checked before sending, refusals in the form's summary. */
function moreInformation(host: ViewHost, person: EndorseeView, category: EndorseeCategoryView): TemplateResult {
  const name = `more-${person.id}-${category.code}`;
  const form = host.form(name);
  const send = async (e: Event) => {
    e.preventDefault();
    const note = (form.values.note ?? '').trim();
    const result = await host.submit(name, {
      check: () => (note ? {} : { [name]: 'Write what is missing, for the endorsee to read' }),
      send: () => api('POST', `/endorsees/${person.id}/categories/${category.code}/more-information`, { note }),
      fields: { note: name },
    });
    if (!result?.ok) return;
    host.setForm(name, { errors: {}, message: undefined, values: {}, done: undefined });
    host.setForm('endorsees', { done: `${person.fullName} is asked for more information on ${category.code}; a new link was mailed.` });
    await host.reload();
  };
  return html`<form novalidate class="more-information" @submit=${send}>
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${formField({
      id: name,
      label: `What ${person.fullName} should add to the ${category.code} renewal`,
      type: 'textarea',
      value: form.values.note ?? '',
      error: form.errors[name],
      onInput: host.input(name, 'note'),
    })}
    <button type="submit" ?disabled=${form.busy}>Ask ${person.fullName} for more information on ${category.code}</button>
  </form>`;
}
