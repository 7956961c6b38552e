// Screenshots for docs/coordinators.md, taken in Debian's Chromium from the real server on a
// throwaway PGlite folder with made-up applicants. Run after `pnpm build`:
//   node --conditions=source --import tsx scripts/coordinator-screenshots.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programs } from '@endorsement-kit/sdk';
import { startServer } from '@endorsement-kit/server';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { addCoordinator } from '../packages/server/src/admin/coordinator-accounts.js';
import { applicantPages } from '@endorsement-kit/test-kit/server/applicant-pages.js';
import { byRole, fill, launchChromium, press, waitForText } from '@endorsement-kit/test-kit/server/chromium.js';

const OUT = new URL('../docs/images/coordinators/', import.meta.url);
const PASSWORD = 'a long enough passphrase';
const PEOPLE = [
  ['Ana', 'Ruiz', 'es'],
  ['Grace', 'Okafor', 'en'],
  ['Tom', 'Becker', 'en'],
  ['Lucía', 'Flores', 'es'],
] as const;

const dataDir = mkdtempSync(join(tmpdir(), 'ek-screenshots-'));
const server = await startServer(
  { port: 0, host: '127.0.0.1' },
  {
    programs: [{ program: programs.alliance, origins: [], reviewDates: ['2099-04-15'] }],
    dataDir,
    log: () => {},
    pages: applicantPages('alliance', 'en'),
  },
);
const send = (path: string, body: object, locale: string) =>
  fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), 'accept-language': locale },
    body: JSON.stringify(body),
  }).then((r) => r.json() as Promise<{ id: string }>);
const ids: string[] = [];
for (const [givenName, familyName, locale] of PEOPLE) {
  const applicant = { ...validApplication().applicant, givenName, familyName, email: `${givenName.toLowerCase()}@example.org` };
  await send('/api/registrations', { ...validRegistration(), applicant }, locale);
  ids.push((await send('/api/applications', { ...validApplication(), applicant }, locale)).id);
}
const { token } = await addCoordinator(server.db, { email: 'coordinator@alliance.example.org', program: 'alliance' });

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  const shot = (name: string) => page.screenshot({ path: new URL(`${name}.png`, OUT).pathname as `${string}.png` });
  await page.goto(new URL(`/admin/set-password#token=${token}`, server.url).href);
  await byRole(page, 'heading', 'Choose your password');
  await shot('set-password');
  await fill(page, 'New password', PASSWORD);
  await fill(page, 'Type it again', PASSWORD);
  await press(page, 'button', 'Set password');
  await fill(page, 'Email address', 'coordinator@alliance.example.org');
  await fill(page, 'Password', PASSWORD);
  await press(page, 'button', 'Sign in');
  await waitForText(page, 'records match');
  await shot('list');

  await page.setViewport({ width: 900, height: 1100 });
  await page.goto(new URL(`/admin/records/${ids[1]}`, server.url).href);
  await byRole(page, 'heading', 'Review status');
  await (await byRole(page, 'combobox', 'Status')).select('more_information_needed');
  await fill(page, 'What information is needed', 'Please ask your university to send your transcript.');
  await (await page.waitForSelector('pierce/section[aria-labelledby="step4-heading"]'))!.screenshot({
    path: new URL('status.png', OUT).pathname as `${string}.png`,
  });
  await press(page, 'button', 'Save status');
  await waitForText(page, 'The status is saved.');
  await (await page.waitForSelector('pierce/section[aria-labelledby="requirements-heading"]'))!.screenshot({
    path: new URL('requirements.png', OUT).pathname as `${string}.png`,
  });

  await page.goto(new URL('/admin?kind=registration', server.url).href);
  await press(page, 'link', 'Grace Okafor');
  await byRole(page, 'heading', 'Accept and introduce an advisor');
  await fill(page, "Advisor's name", 'Maya Lee');
  await fill(page, "Advisor's email address", 'maya.lee@example.org');
  await (await page.waitForSelector('pierce/section[aria-labelledby="step2-heading"]'))!.screenshot({
    path: new URL('advisor.png', OUT).pathname as `${string}.png`,
  });

  await page.setViewport({ width: 700, height: 520 });
  await page.goto(new URL('/status.html', server.url).href);
  await press(page, 'button', 'Check the status of an application');
  await fill(page, 'Reference number', ids[1]!);
  await press(page, 'button', 'Check status');
  await waitForText(page, 'more information needed');
  await shot('applicant-status');
  console.log(`screenshots written to ${OUT.pathname}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
