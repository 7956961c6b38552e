// Issue 23, point 15: each refusal the receiver can give is said by what to do about it, in English
// and Spanish, never by its status number ("It was not accepted (413)… try again later").
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createReceiver, type ScriptedStep } from '@endorsement-kit/test-kit/msw/index.js';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, onHeading, ready } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, registeredStore } from './seed.js';

const receiver = createReceiver('https://receiver.test/api');
const worker = setupWorker(...receiver.handlers);

const refusals: { name: string; steps: ScriptedStep[]; en: string; es: string }[] = [
  {
    name: 'too large (413)',
    steps: [{ status: 413, body: { error: 'too_large', message: 'The body is larger than 1048576 bytes.' } }],
    en: 'It is larger than the server accepts. Your answers are saved: shorten your longest answers and send again, or contact the Endorsement Coordinator.',
    es: 'Es más grande de lo que acepta el servidor. Sus respuestas están guardadas: acorte sus respuestas más largas y envíe de nuevo, o comuníquese con su Coordinador/a de Respaldo.',
  },
  {
    name: 'invalid (400)',
    steps: [{ status: 400, body: { error: 'invalid_json', message: 'The body is not valid JSON.' } }],
    en: 'The server could not read what was sent. Your answers are saved: send again, and if this happens again, contact the Endorsement Coordinator.',
    es: 'El servidor no pudo leer lo que se envió. Sus respuestas están guardadas: envíe de nuevo y, si vuelve a ocurrir, comuníquese con su Coordinador/a de Respaldo.',
  },
  {
    name: 'conflict (409)',
    steps: [{ status: 409, body: { error: 'idempotency_key_reused', message: 'This Idempotency-Key was used for a different body.' } }],
    en: 'The server already has a different version of this send. Your answers are saved: contact the Endorsement Coordinator before you send again.',
    es: 'El servidor ya tiene otra versión de este envío. Sus respuestas están guardadas: comuníquese con su Coordinador/a de Respaldo antes de enviar de nuevo.',
  },
  {
    name: 'rate-limited (429, after every retry)',
    steps: Array.from({ length: 5 }, () => ({
      status: 429,
      body: { error: 'rate_limited', message: 'Too many requests' },
      headers: { 'Retry-After': '0' },
    })),
    en: 'The server is getting too many requests from your network. Your answers are saved: wait a few minutes, then send again.',
    es: 'El servidor está recibiendo demasiadas solicitudes de su red. Sus respuestas están guardadas: espere unos minutos y envíe de nuevo.',
  },
  {
    name: 'unknown program (422 unknown_program)',
    steps: [
      {
        status: 422,
        body: {
          issues: [{ path: ['program'], code: 'unknown_program', message: 'This server does not receive applications for that program.' }],
        },
      },
    ],
    en: 'The server this page sends to does not take applications for this program. Your answers are saved: tell the Endorsement Coordinator about this page.',
    es: 'El servidor al que envía esta página no recibe solicitudes de este programa. Sus respuestas están guardadas: informe a su Coordinador/a de Respaldo sobre esta página.',
  },
  {
    name: 'another origin (403 origin_not_allowed)',
    steps: [{ status: 403, body: { error: 'origin_not_allowed', message: 'Pages on this origin may not send to this program.' } }],
    en: 'The server does not take applications from this website. Your answers are saved: tell the Endorsement Coordinator about this page.',
    es: 'El servidor no recibe solicitudes de este sitio web. Sus respuestas están guardadas: informe a su Coordinador/a de Respaldo sobre esta página.',
  },
];

const alert = (el: EndorsementApplication) =>
  (el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function atReview(locale: 'en' | 'es'): Promise<EndorsementApplication> {
  const store = await registeredStore('IFS', completeIfs);
  const el = await fixture<EndorsementApplication>(
    html`<endorsement-application program="alliance" endpoint=${receiver.baseUrl} .store=${store}></endorsement-application>`,
  );
  await ready(el);
  await click(el, button(el, 'Start the professional application'));
  await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
  await click(el, button(el, 'Save and check your answers'));
  await onHeading(el, 'Check your answers');
  if (locale === 'es') {
    el.locale = 'es';
    await onHeading(el, 'Revise sus respuestas');
  }
  return el;
}

describe('a refusal says what to do, without a status number', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  afterEach(() => {
    fixtureCleanup();
    receiver.reset();
  });

  for (const refusal of refusals) {
    for (const locale of ['en', 'es'] as const) {
      it(`${refusal.name}, in ${locale === 'en' ? 'English' : 'Spanish'}`, async () => {
        const el = await atReview(locale);
        receiver.script(...refusal.steps);
        await click(el, button(el, locale === 'en' ? 'Submit application' : 'Enviar la solicitud'));
        await waitUntil(() => alert(el) !== '' && alert(el) !== (locale === 'en' ? 'Sending…' : 'Enviando…'), 'the refusal said', {
          timeout: 10000,
        });
        expect(alert(el)).to.equal(refusal[locale]);
        expect(alert(el)).to.not.match(/\d{3}/);
        expect(receiver.records.size, 'nothing recorded').to.equal(0);
      });
    }
  }
});
