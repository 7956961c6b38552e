// `pnpm demo:react` end to end: builds the React app with esbuild, serves it under the strict CSP
// and drives it in Chromium (puppeteer-core; wtr cannot load React's CommonJS without a bundler).
// Proves that the properties React sets reach the element and that its events reach React state.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo, Server } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildApp } from '../build.mjs';
import { serveApp } from '../serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const chromium = CHROMIUM_PATH;
const args = CHROMIUM_ARGS;

// Text inside the element's shadow root, and what React shows in its "What React heard" panel.
const inElement = (page: Page, selector: string) =>
  page.evaluate(
    (s) => document.querySelector('endorsement-application')?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    selector,
  );
const heard = (page: Page, field: string) => page.$eval(`[data-field="${field}"]`, (el) => el.textContent?.trim() ?? '');
const waitHeard = (page: Page, field: string, value: string) =>
  page.waitForFunction((f, v) => document.querySelector(`[data-field="${f}"]`)?.textContent?.trim() === v, {}, field, value);
const waitHeading = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => {
      const h = document.querySelector('endorsement-application')?.shadowRoot?.querySelector('#ek-step-heading');
      return (h?.querySelector('.step-title') ?? h)?.textContent?.trim() === t;
    },
    {},
    text,
  );

/** Clicks the element's button (or link) named `name`. */
async function press(page: Page, name: string): Promise<void> {
  // A button may come a moment after its screen (the start screen's Start, once the draft is open).
  await page
    .waitForFunction(
      (n) =>
        [...(document.querySelector('endorsement-application')?.shadowRoot?.querySelectorAll<HTMLElement>('button, a') ?? [])].some(
          (x) => x.textContent?.replace(/\s+/g, ' ').trim() === n,
        ),
      { timeout: 10000 },
      name,
    )
    .catch(() => undefined);
  const found = await page.evaluate((n) => {
    const b = [...(document.querySelector('endorsement-application')?.shadowRoot?.querySelectorAll<HTMLElement>('button, a') ?? [])].find(
      (x) => x.textContent?.replace(/\s+/g, ' ').trim() === n,
    );
    b?.click();
    return Boolean(b);
  }, name);
  assert.ok(found, `button "${name}"`);
}

/** Types into the element's control labelled `label` with the keyboard. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const found = await page.evaluate((l) => {
    const root = document.querySelector('endorsement-application')!.shadowRoot!;
    // A label's visible name is its text without the hint inside it. (No named helper here:
    // tsx would wrap it in a __name() call that does not exist in the page.)
    const lab = [...root.querySelectorAll('label')].find((x) => {
      const copy = x.cloneNode(true) as Element;
      copy.querySelectorAll('.hint, .option-hint').forEach((n) => n.remove());
      return copy.textContent?.replace(/\s+/g, ' ').trim() === l;
    });
    const control = lab ? root.getElementById(lab.htmlFor) : null;
    control?.focus();
    return Boolean(control);
  }, label);
  assert.ok(found, `field "${label}"`);
  await page.keyboard.type(text);
}

/** Picks the radio labelled `option`. */
async function pick(page: Page, option: string): Promise<void> {
  const found = await page.evaluate((o) => {
    const root = document.querySelector('endorsement-application')!.shadowRoot!;
    // A label's visible name is its text without the hint inside it. (No named helper here:
    // tsx would wrap it in a __name() call that does not exist in the page.)
    const lab = [...root.querySelectorAll('label')].find((x) => {
      const copy = x.cloneNode(true) as Element;
      copy.querySelectorAll('.hint, .option-hint').forEach((n) => n.remove());
      return copy.textContent?.replace(/\s+/g, ' ').trim() === o;
    });
    const input = lab ? root.getElementById(lab.htmlFor) : null;
    input?.click();
    return Boolean(input);
  }, option);
  assert.ok(found, `option "${option}"`);
}

describe('examples/react-host (pnpm demo:react)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let url: string;
  const violations: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    await buildApp();
    server = await serveApp(0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args });
    page = await browser.newPage();
    page.setDefaultTimeout(15000);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(url);
    await waitHeading(page, 'Apply for Endorsement®');
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sets program, backend and locale on the element as properties', async () => {
    const props = await page.evaluate(() => {
      const el = document.querySelector('endorsement-application')!;
      return {
        program: typeof el.program === 'object' ? el.program.id : el.program,
        backend: typeof el.backend?.register,
        locale: el.locale,
        attribute: el.getAttribute('program'),
      };
    });
    assert.deepEqual(props, { program: 'first5-alabama', backend: 'function', locale: 'en', attribute: null });
    assert.match(await inElement(page, '.header'), /First 5 Alabama/);
  });

  it('hears the step change, the save and the registration in React state', async () => {
    assert.equal(await heard(page, 'step'), '-', 'nothing moved yet');
    await press(page, 'Start a new application');
    await waitHeading(page, 'About you');
    await waitHeard(page, 'step', 'applicant');
    await typeInto(page, 'Given name', 'Ana');
    await waitHeard(page, 'saved', 'saved');
    await typeInto(page, 'Family name', 'Ruiz');
    await typeInto(page, 'Email address', 'ana@example.org');
    await press(page, 'Save and continue');
    await waitHeading(page, 'Endorsement and category');
    await waitHeard(page, 'step', 'category');
    await pick(page, 'Infant Mental Health Endorsement (IMH-E®)');
    await pick(page, 'Infant Family Specialist');
    await press(page, 'Save and continue');
    await waitHeading(page, 'Your work and education');
    await typeInto(page, 'Your specialized work', 'Home visitor since 2021');
    await typeInto(page, 'Your education', 'BSW, 2020');
    await press(page, 'Send registration');
    await waitHeard(page, 'registered', 'REG-1');
    const events = await page.$$eval('[data-field="events"] li', (items) => items.map((li) => li.textContent));
    for (const type of ['endorsement-step-change', 'endorsement-save', 'endorsement-submit', 'endorsement-registered'])
      assert.ok(events.includes(type), type);
    assert.equal(await heard(page, 'error'), '-');
  });

  it("switches the element's language from React's own button", async () => {
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Español')!.click());
    await page.waitForFunction(() => document.querySelector('endorsement-application')?.getAttribute('locale') === 'es');
    await page.waitForFunction(() =>
      /Sus datos|Registro enviado|Solicitud/.test(document.querySelector('endorsement-application')?.shadowRoot?.textContent ?? ''),
    );
    assert.equal(await page.$eval('button[lang]', (b) => b.textContent), 'English');
  });

  it('runs under the strict Content-Security-Policy without errors', () => {
    assert.deepEqual(violations, []);
    assert.deepEqual(pageErrors, []);
  });
});
