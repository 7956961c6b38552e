import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  dateTimeFormat,
  endorseeChoicesClient,
  formatFee,
  type EndorseeChoices,
  type RegistryChoices,
  type RegistryConsent,
} from '@endorsement-kit/sdk/core';
import { plainField } from '../fields/plain-field.js';
import { REGISTRY_CHOICES_WORDS } from './registry-choices-words.js';

type Text = 'displayName' | 'region' | 'employer' | 'languages';
type Shown = 'region' | 'employer' | 'languages' | 'providesRsc' | 'endorsedSince';

/** What the registry sections need of the page: the link, the language, the names to show. */
export interface ChoicesContext {
  endpoint: string;
  token: string;
  language: string;
  programName: string;
  fullName: string;
  errorPrefix: string;
}

/**
 * The renewal page's sections of the endorsee's own choices: the registry entry (the name shown and
 * a consent box per optional field; a field is sent only when its box is ticked) and a request for
 * inactive status with the program's rule (how long, the fee to return). Each is saved by its own
 * POST with the renewal link's token (`endorseeChoicesClient`); the server records who set it, when.
 */
export class RegistryChoicesController implements ReactiveController {
  private text: Record<Text, string> = { displayName: '', region: '', employer: '', languages: '' };
  private shown: Record<Shown, boolean> = { region: false, employer: false, languages: false, providesRsc: false, endorsedSince: false };
  private choices: EndorseeChoices | undefined;
  private saveState: 'idle' | 'saving' | 'saved' | 'error' = 'idle';
  private askState: 'idle' | 'sending' | 'error' = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Takes what the invitation says (the saved entry, the inactive rule and request). */
  load(choices: EndorseeChoices | undefined, fullName: string): void {
    this.choices = choices;
    const fields: RegistryConsent = choices?.registry.fields ?? {};
    this.text = {
      displayName: choices?.registry.displayName ?? fullName,
      region: fields.region ?? '',
      employer: fields.employer ?? '',
      languages: fields.languages?.join(', ') ?? '',
    };
    this.shown = {
      region: !!fields.region,
      employer: !!fields.employer,
      languages: !!fields.languages?.length,
      providesRsc: fields.providesRsc === true,
      endorsedSince: fields.endorsedSince === true,
    };
    this.saveState = 'idle';
    this.askState = 'idle';
  }

  private choicesToSave(fullName: string): RegistryChoices {
    const name = this.text.displayName.trim();
    const value = (key: 'region' | 'employer') => (this.shown[key] && this.text[key].trim() ? { [key]: this.text[key].trim() } : {});
    const languages = this.text.languages
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    return {
      displayName: name && name !== fullName ? name : null,
      fields: {
        ...value('region'),
        ...value('employer'),
        ...(this.shown.languages && languages.length ? { languages } : {}),
        ...(this.shown.providesRsc ? { providesRsc: true } : {}),
        ...(this.shown.endorsedSince ? { endorsedSince: true } : {}),
      },
    };
  }

  private async save(context: ChoicesContext): Promise<void> {
    this.saveState = 'saving';
    this.host.requestUpdate();
    const saved = await endorseeChoicesClient({ baseUrl: context.endpoint }).saveRegistry(
      context.token,
      this.choicesToSave(context.fullName),
    );
    if (saved.ok && this.choices) this.choices = { ...this.choices, registry: saved.value };
    this.saveState = saved.ok ? 'saved' : 'error';
    this.host.requestUpdate();
  }

  private async ask(context: ChoicesContext): Promise<void> {
    this.askState = 'sending';
    this.host.requestUpdate();
    const asked = await endorseeChoicesClient({ baseUrl: context.endpoint }).requestInactive(context.token);
    if (asked.ok && this.choices) this.choices = { ...this.choices, inactive: asked.value };
    this.askState = asked.ok ? 'idle' : 'error';
    this.host.requestUpdate();
  }

  render(context: ChoicesContext): TemplateResult | typeof nothing {
    if (!this.choices) return nothing;
    const base = context.language.split('-')[0] ?? 'en';
    const w = (key: string, params: Record<string, string> = {}) =>
      (REGISTRY_CHOICES_WORDS[base]?.[key] ?? REGISTRY_CHOICES_WORDS['en']![key] ?? key).replace(
        /\{(\w+)\}/g,
        (whole, name: string) => params[name] ?? whole,
      );
    const day = (iso: string) => dateTimeFormat(context.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
    const field = (key: Text, hint?: string) =>
      plainField({
        id: `ekn-registry-${key}`,
        label: w(key === 'displayName' ? 'registry.name' : `registry.${key}`),
        value: this.text[key],
        ...(hint ? { hint } : {}),
        errorPrefix: context.errorPrefix,
        onInput: (value) => {
          this.text = { ...this.text, [key]: value };
          this.host.requestUpdate();
        },
      });
    const box = (key: Shown) => html`<div class="field checkbox" part="field">
      <input type="checkbox" id="ekn-show-${key}" .checked=${this.shown[key]} @change=${(e: Event) => {
        this.shown = { ...this.shown, [key]: (e.target as HTMLInputElement).checked };
        this.host.requestUpdate();
      }} />
      <label for="ekn-show-${key}">${w(`registry.show.${key}`)}</label>
    </div>`;
    const { registry, inactive } = this.choices;
    const offered = inactive.offered;
    const fee = offered ? formatFee(offered.fee, offered.currency, context.language) : '';
    return html`<section aria-labelledby="ekn-registry" class="panel">
        <h2 id="ekn-registry">${w('registry.title')}</h2>
        <p>${w('registry.intro', { program: context.programName })}</p>
        ${field('displayName', w('registry.name.hint'))}
        ${field('region')} ${box('region')}
        ${field('employer')} ${box('employer')}
        ${field('languages', w('registry.languages.hint'))} ${box('languages')}
        ${box('providesRsc')} ${box('endorsedSince')}
        <button type="button" part="button" class="secondary" ?disabled=${this.saveState === 'saving'} @click=${() => void this.save(context)}>${w('registry.save')}</button>
        <p role="status">${this.saveState === 'saved' ? w('registry.saved') : registry.setBy === 'endorsee' && registry.setAt && this.saveState !== 'error' ? w('registry.set', { date: day(registry.setAt) }) : ''}</p>
        ${this.saveState === 'error' ? html`<p role="alert" class="error-message">${w('registry.failed')}</p>` : nothing}
      </section>
      ${
        offered
          ? html`<section aria-labelledby="ekn-inactive" class="panel">
              <h2 id="ekn-inactive">${w('inactive.title')}</h2>
              <p>${w('inactive.intro', { months: String(offered.maxMonths) })}</p>
              <p>${offered.fee > 0 ? w('inactive.fee', { fee }) : w('inactive.no-fee')}</p>
              ${inactive.requestedAt ? nothing : html`<button type="button" part="button" class="secondary" ?disabled=${this.askState === 'sending'} @click=${() => void this.ask(context)}>${w('inactive.ask')}</button>`}
              <p role="status">${inactive.requestedAt ? w('inactive.asked', { date: day(inactive.requestedAt) }) : ''}</p>
              ${this.askState === 'error' ? html`<p role="alert" class="error-message">${w('inactive.failed')}</p>` : nothing}
            </section>`
          : nothing
      }`;
  }
}
