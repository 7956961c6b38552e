import { html, nothing, type TemplateResult } from 'lit';
import type { EndorseeRegistryBody, EndorseeView } from '../../src/endorsees/endorsee-api-types.js';
import { api } from './api.js';
import { errorSummary, formField } from './form-field.js';
import type { ViewHost } from './view-host.js';

/**
 * What the public registry shows of a person: the name they chose and only the fields they
 * consented to. Behind a toggle button, so that the list stays short.
 */
export function registryDetails(host: ViewHost, person: EndorseeView): TemplateResult {
  const name = `registry-${person.id}`;
  const form = host.form(name);
  const open = form.values.open === 'yes';
  const fields = person.registryFields;
  const value = (key: string, saved: string) => form.values[key] ?? saved;
  const checked = (key: string, saved: boolean | undefined) => (form.values[key] ?? (saved ? 'yes' : '')) === 'yes';
  const toggle = () => host.setForm(name, { values: { ...form.values, open: open ? '' : 'yes' } });
  const send = async (e: Event) => {
    e.preventDefault();
    const text = (key: string, saved: string | undefined) => value(key, saved ?? '').trim();
    const languages = text('languages', fields.languages?.join(', '))
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    const region = text('region', fields.region);
    const employer = text('employer', fields.employer);
    const body: EndorseeRegistryBody = {
      displayName: text('displayName', person.displayName ?? '') || null,
      fields: {
        ...(region ? { region } : {}),
        ...(employer ? { employer } : {}),
        ...(languages.length ? { languages } : {}),
        ...(checked('providesRsc', fields.providesRsc) ? { providesRsc: true } : {}),
        ...(checked('endorsedSince', fields.endorsedSince) ? { endorsedSince: true } : {}),
      },
    };
    const result = await host.submit(name, {
      send: () => api('POST', `/endorsees/${person.id}/registry`, body),
      fields: { displayName: `${name}-displayName`, fields: `${name}-region` },
    });
    if (!result?.ok) return;
    host.setForm(name, { errors: {}, message: undefined, values: {}, done: undefined });
    host.setForm('endorsees', { done: `${person.fullName}: the registry details are saved.` });
    await host.reload();
  };
  const box = (key: 'providesRsc' | 'endorsedSince', label: string) =>
    html`<div class="field"><label><input type="checkbox" id="${name}-${key}" .checked=${checked(key, fields[key])} @change=${(e: Event) => host.input(name, key)((e.target as HTMLInputElement).checked ? 'yes' : '')} /> ${label}</label></div>`;
  const input = (key: 'displayName' | 'region' | 'employer' | 'languages', label: string, saved: string, hint?: string) =>
    formField({
      id: `${name}-${key}`,
      label,
      value: value(key, saved),
      ...(hint ? { hint } : {}),
      error: form.errors[`${name}-${key}`],
      onInput: host.input(name, key),
    });
  return html`<button type="button" class="secondary" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>Registry details of ${person.fullName}</button>
    ${
      open
        ? html`<form novalidate @submit=${send}>
          ${errorSummary(host.shadowRoot, form.errors, form.message)}
          <p>Only what ${person.fullName} consented to show.</p>
          ${input('displayName', `Name on the registry for ${person.fullName}`, person.displayName ?? '', 'Empty: the full name.')}
          ${input('region', `Region of ${person.fullName}`, fields.region ?? '')}
          ${input('employer', `Employer of ${person.fullName}`, fields.employer ?? '')}
          ${input('languages', `Languages of ${person.fullName}`, fields.languages?.join(', ') ?? '', 'Separated by commas.')}
          ${box('providesRsc', `${person.fullName} provides reflective supervision/consultation`)}
          ${box('endorsedSince', `Show since when ${person.fullName} is endorsed`)}
          <button type="submit" ?disabled=${form.busy}>Save the registry details of ${person.fullName}</button>
        </form>`
        : nothing
    }`;
}
