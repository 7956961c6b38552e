// With `endpoint`, the element tells the receiver the language it is shown in (Accept-Language),
// so the receiver's mails to the applicant can be in it; a change of language is followed.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, hasButton, onHeading, ready } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, registeredStore } from './seed.js';

const receiver = createReceiver('https://receiver.test/language');
const worker = setupWorker(...receiver.handlers);

describe('the language sent to the receiver', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  afterEach(() => fixtureCleanup());

  it('is the language the form is shown in when it is sent', async () => {
    const store = await registeredStore('IFS', completeIfs);
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application program="alliance" endpoint=${receiver.baseUrl} .store=${store}></endorsement-application>`,
    );
    await ready(el);
    el.locale = 'es';
    await waitUntil(() => hasButton(el, 'Comenzar la solicitud profesional'), 'the form in Spanish');
    await click(el, button(el, 'Comenzar la solicitud profesional'));
    await click(el, button(el, 'Código de Ética y Acuerdo de Respaldo'));
    await click(el, button(el, 'Guardar y revisar sus respuestas'));
    await onHeading(el, 'Revise sus respuestas');
    await click(el, button(el, 'Enviar la solicitud'));
    await onHeading(el, 'Solicitud enviada');
    const sent = receiver.requests.filter((request) => request.kind === 'application');
    expect(sent).to.have.length(1);
    expect(sent[0]!.headers['accept-language']).to.equal('es');
  });
});
