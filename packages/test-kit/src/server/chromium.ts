// Debian's Chromium driven by puppeteer-core (no browser download), for the workspace's end-to-end
// test and the documentation's screenshots: queries by role and accessible name, axe-core checks.
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

const quote = (text: string) => JSON.stringify(text);

/** The control with this accessible name (and role), across shadow roots. */
export async function byRole(page: Page, role: string, name: string): Promise<ElementHandle<Element>> {
  const found = await page.waitForSelector(`::-p-aria([name=${quote(name)}][role=${quote(role)}])`, { timeout: 10_000 });
  if (!found) throw new Error(`no ${role} named ${name}`);
  return found;
}

export async function fill(page: Page, label: string, text: string, role = 'textbox'): Promise<void> {
  const field = await byRole(page, role, label);
  await field.evaluate((el) => {
    (el as HTMLInputElement).value = '';
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  await field.type(text);
}

export async function press(page: Page, role: 'button' | 'link', name: string): Promise<void> {
  await (await byRole(page, role, name)).click();
}

// Written as a string: tsx would wrap named functions in a helper the page does not have.
// Scripts, styles and templates are not text a reader sees: a page with its script written in
// holds every word of its screens there.
const PAGE_TEXT = `(() => {
  const unseen = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent || '';
    if (node instanceof Element && unseen.has(node.tagName)) return '';
    const own = node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : '';
    const block = node instanceof HTMLElement && getComputedStyle(node).display !== 'inline';
    return own + [...node.childNodes].map(walk).join(block ? ' ' : '');
  };
  return walk(document.body).replace(/\\s+/g, ' ');
})()`;

/** The text of the page, shadow roots included (spaces between inline parts may vary). */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(PAGE_TEXT) as Promise<string>;
}

export async function waitForText(page: Page, text: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await pageText(page);
    // Spaces between inline parts vary with the markup: compare the words only.
    if (now.replace(/\s+/g, '').includes(text.replace(/\s+/g, ''))) return;
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear; the page says: ${now.slice(0, 1500)}`);
    await page.waitForNetworkIdle({ idleTime: 50, timeout: 2000 }).catch(() => {});
  }
}

/** The heading that has focus (each screen moves focus to its h1). */
export function focusedHeading(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active && /^H[1-6]$/.test(active.tagName) ? (active.textContent ?? '').trim() : `(focus on ${active?.tagName})`;
  });
}

/**
 * axe-core's WCAG 2.x A/AA violations on the page, shadow roots included: [] when clean. `within`,
 * a path of selectors through shadow roots (`['ek-coordinator-workspace', 'ek-record-fees']`),
 * checks that part only; it must be on the page.
 */
export async function axeViolations(page: Page, within?: readonly string[]): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (path) => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const context = path ? { include: [{ fromShadowDom: path }] } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, within);
}

/** Whether the page scrolls sideways (it must not at 320 px; wide tables scroll in their own region). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

// Written as a string for the same reason as PAGE_TEXT.
const SPLIT_WORDS = `(() => {
  const cells = [];
  const collect = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.matches('th, td')) cells.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);
  const split = [];
  for (const cell of cells) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const token of node.data.matchAll(/\\S+/g)) {
        if (token[0].includes('@')) continue;
        for (const word of token[0].matchAll(/[\\p{L}\\p{N}'’]+/gu)) {
          const range = document.createRange();
          const start = token.index + word.index;
          range.setStart(node, start);
          range.setEnd(node, start + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(word[0]);
        }
      }
    }
  }
  return split;
})()`;

/**
 * The words of table cells (headers and data) that are broken across lines: [] when every word
 * wraps whole. Tokens with an `@` (email addresses) may wrap anywhere and are not counted.
 */
export function wordsSplitInTables(page: Page): Promise<string[]> {
  return page.evaluate(SPLIT_WORDS) as Promise<string[]>;
}

/** How many table cells (th, td) the page shows, across shadow roots. */
export function tableCellCount(page: Page): Promise<number> {
  return page.evaluate(
    `(() => { let n = 0; const count = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches('th, td')) n++; if (el.shadowRoot) count(el.shadowRoot); } }; count(document); return n; })()`,
  ) as Promise<number>;
}

/** The text of each body row's cells of the table in the region with this name. */
export async function tableRows(page: Page, region: string): Promise<string[][]> {
  return (await byRole(page, 'region', region)).$$eval('tbody tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
  );
}

/** The column headers of the table in the region with this name. */
export async function tableHeaders(page: Page, region: string): Promise<string[]> {
  return (await byRole(page, 'region', region)).$$eval('thead th', (cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
}
