import { html, nothing, type TemplateResult } from 'lit';
import type { StaffInviteBody, StaffRemoveBody } from '../../src/admin/api-types.js';
import type { Me, StaffMember } from './api.js';
import { errorSummary, formField } from './form-field.js';
import type { ViewHost } from './view-host.js';

const ROLES = { coordinator: 'Coordinator', reviewer: 'Reviewer' } as const;

/**
 * The programs' staff: who is a coordinator or a reviewer, whether they have chosen a password,
 * inviting someone by email (they are mailed a one-time link) and removing someone (at once:
 * their sessions end, their open reviews are withdrawn).
 */
export function renderStaff(host: ViewHost, me: Me, staff: readonly StaffMember[]): TemplateResult {
  const form = host.form('invite');
  const ids = { email: 'invite-email', name: 'invite-name', role: 'invite-role', program: 'invite-program', locale: 'invite-locale' };
  const program = form.values.program || me.programs[0]?.id || '';
  const invite = (e: Event) => {
    e.preventDefault();
    const body: StaffInviteBody = {
      program,
      email: form.values.email ?? '',
      name: form.values.name ?? '',
      role: form.values.role === 'coordinator' ? 'coordinator' : 'reviewer',
      ...(form.values.locale === 'en' || form.values.locale === 'es' ? { locale: form.values.locale } : {}),
    };
    void host.change('invite', 'POST', '/staff', body, `${body.email} is invited: they get a mail with a link to choose a password.`, ids);
  };
  const removing = host.form('remove');
  const remove = (member: StaffMember) =>
    void host.change(
      'remove',
      'POST',
      `/staff/${member.id}/remove`,
      { program: member.program } satisfies StaffRemoveBody,
      `${member.name ?? member.email} is removed from the program.`,
    );
  const programName = (id: string) => me.programs.find((p) => p.id === id)?.name ?? id;
  return html`<h1 tabindex="-1">Staff</h1>
    <p>Coordinators see every record of their programs and manage the staff. Reviewers see only the applications assigned to them, never the raters' contact details.</p>
    ${removing.done ? html`<p class="panel success" role="status">${removing.done}</p>` : nothing}
    ${removing.message ? html`<p class="error-message" role="alert">${removing.message}</p>` : nothing}
    <div class="table-wrap" role="region" aria-label="Staff" tabindex="0"><table>
      <thead><tr><th scope="col">Name</th><th scope="col">Email address</th><th scope="col">Role</th>${me.programs.length > 1 ? html`<th scope="col">Program</th>` : nothing}<th scope="col">Password</th><th scope="col"><span class="vh">Actions</span></th></tr></thead>
      <tbody>${staff.map(
        (member) => html`<tr>
          <td>${member.name ?? '—'}${member.you ? ' (you)' : ''}</td>
          <td class="breakable">${member.email}</td>
          <td>${ROLES[member.role]}</td>
          ${me.programs.length > 1 ? html`<td>${programName(member.program)}</td>` : nothing}
          <td>${member.passwordSet ? 'Chosen' : 'Invited, not yet chosen'}</td>
          <td>${member.you ? nothing : html`<button type="button" class="secondary" @click=${() => remove(member)}>Remove ${member.name ?? member.email}</button>`}</td>
        </tr>`,
      )}</tbody>
    </table></div>

    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a coordinator or a reviewer</h2>
      <p>They get a mail with a link that works once, for 72 hours, to choose their password. Someone who has an account already keeps their password.</p>
      ${errorSummary(host.shadowRoot, form.errors, form.message)}
      ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}
      <form novalidate @submit=${invite}>
        ${formField({ id: ids.name, label: 'Name', value: form.values.name ?? '', autocomplete: 'off', error: form.errors[ids.name], onInput: host.input('invite', 'name') })}
        ${formField({ id: ids.email, label: 'Email address', type: 'email', autocomplete: 'off', value: form.values.email ?? '', error: form.errors[ids.email], onInput: host.input('invite', 'email') })}
        ${formField({
          id: ids.role,
          label: 'Role',
          type: 'select',
          value: form.values.role ?? 'reviewer',
          options: [
            { value: 'reviewer', label: 'Reviewer' },
            { value: 'coordinator', label: 'Coordinator' },
          ],
          onInput: host.input('invite', 'role'),
        })}
        ${formField({
          id: ids.locale,
          label: 'Language of their mails',
          hint: 'The invitation, and for a reviewer the review requests and reminders.',
          type: 'select',
          value: form.values.locale ?? '',
          options: [
            { value: '', label: 'The program’s language' },
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Spanish' },
          ],
          onInput: host.input('invite', 'locale'),
        })}
        ${me.programs.length > 1 ? formField({ id: ids.program, label: 'Program', type: 'select', value: program, options: me.programs.map((p) => ({ value: p.id, label: p.name })), onInput: host.input('invite', 'program') }) : nothing}
        <button type="submit">Send the invitation</button>
      </form>
    </section>`;
}
