// Screenshots for docs/coordinators.md and docs/reviewers.md, taken in Debian's Chromium from the real server on a
// throwaway PGlite folder with made-up applicants. Run after `pnpm build`:
//   node --conditions=source --import tsx scripts/coordinator-screenshots.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programs } from '@endorsement-kit/sdk';
import { startServer } from '@endorsement-kit/server';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { addCoordinator, addStaff } from '../packages/server/src/admin/coordinator-accounts.js';
import { applicantPages } from '@endorsement-kit/test-kit/server/applicant-pages.js';
import { byRole, fill, launchChromium, press, waitForText } from '@endorsement-kit/test-kit/server/chromium.js';

const OUT = new URL('../docs/images/coordinators/', import.meta.url);
const REVIEWERS_OUT = new URL('../docs/images/reviewers/', import.meta.url);
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
  await byRole(page, 'heading', 'Status and decision');
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
  await byRole(page, 'heading', 'Endorsement Advisor');
  await fill(page, "Advisor's name", 'Maya Lee');
  await fill(page, "Advisor's email address", 'maya.lee@example.org');
  await (await page.waitForSelector('pierce/section[aria-labelledby="step2-heading"]'))!.screenshot({
    path: new URL('advisor.png', OUT).pathname as `${string}.png`,
  });

  await page.setViewport({ width: 700, height: 520 });
  await page.goto(new URL('/status.html', server.url).href);
  await press(page, 'button', 'Check the status of an application');
  await fill(page, 'Reference number', ids[1]!);
  await fill(page, 'Email address', 'grace@example.org').catch(() => undefined);
  await press(page, 'button', 'Check status');
  await waitForText(page, 'more information needed');
  await shot('applicant-status');

  // Issue 19: the staff page, two reviewers' checklists, both reviews side by side, the decision.
  await page.setViewport({ width: 900, height: 900 });
  await page.goto(new URL('/admin/staff', server.url).href);
  await byRole(page, 'heading', 'Staff');
  await fill(page, 'Name', 'Rosa Reviewer');
  await fill(page, 'Email address', 'rosa@reviewers.example.org');
  await shot('staff');
  mkdirSync(REVIEWERS_OUT, { recursive: true });
  const reviewers = [
    ['Rosa Reviewer', 'rosa@reviewers.example.org', 'Endorse', 'Your reflective practice shows in every work entry.'],
    ['Sam Second', 'sam@reviewers.example.org', 'Defer, with advice', 'More training in screening and assessment would help.'],
  ] as const;
  await page.goto(new URL(`/admin/records/${ids[0]}`, server.url).href);
  for (const [name, email] of reviewers) {
    const { token: link } = await server.db.transaction((tx) => addStaff(tx, { email, name, program: 'alliance', role: 'reviewer' }));
    await fetch(new URL('/admin/api/password', server.url), {
      method: 'POST',
      headers: { origin: new URL(server.url).origin, 'content-type': 'application/json' },
      body: JSON.stringify({ token: link, password: PASSWORD }),
    });
    await page.reload();
    const select = await byRole(page, 'combobox', 'Reviewer');
    const value = await select.evaluate(
      (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(wanted))?.value,
      name,
    );
    await select.select(value!);
    await press(page, 'button', 'Assign the reviewer');
    await waitForText(page, 'The reviewer is assigned.');
  }
  for (const [index, [name, email, recommendation, comments]] of reviewers.entries()) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({ width: 900, height: 1000 });
    await tab.goto(new URL('/admin', server.url).href);
    await fill(tab, 'Email address', email);
    await fill(tab, 'Password', PASSWORD);
    await press(tab, 'button', 'Sign in');
    await byRole(tab, 'heading', 'My reviews');
    if (index === 0) await tab.screenshot({ path: new URL('my-reviews.png', REVIEWERS_OUT).pathname as `${string}.png` });
    await press(tab, 'link', `${PEOPLE[0][0]} ${PEOPLE[0][1]}`);
    await press(tab, 'button', 'Accept the review');
    await waitForText(tab, 'You accepted the review.');
    for (const area of [
      'theoretical-foundations',
      'law-regulation-policy',
      'systems-expertise',
      'direct-service-skills',
      'working-with-others',
      'communicating',
      'thinking',
      'reflection',
    ]) {
      await (await tab.waitForSelector(`pierce/#area-${area}-rating-0`))!.click();
      await (await tab.waitForSelector(`pierce/#area-${area}-evidence-1`))!.click();
    }
    await fill(tab, 'Comments for the applicant', comments);
    await fill(tab, 'A private note to the coordinator', `${name}: nothing the applicant needs to read.`);
    const choice = await byRole(tab, 'combobox', 'Your recommendation');
    const value = await choice.evaluate(
      (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.text === wanted)?.value,
      recommendation,
    );
    await choice.select(value!);
    if (index === 0)
      await (await tab.waitForSelector('pierce/section[aria-labelledby="checklist-heading"]'))!.screenshot({
        path: new URL('checklist.png', REVIEWERS_OUT).pathname as `${string}.png`,
      });
    await press(tab, 'button', 'Submit the review');
    await waitForText(tab, 'Your review is submitted to the coordinator.');
    await context.close();
  }
  await page.setViewport({ width: 1000, height: 1100 });
  await page.reload();
  await (await page.waitForSelector('pierce/section[aria-labelledby="reviewers-heading"]'))!.screenshot({
    path: new URL('reviewers.png', OUT).pathname as `${string}.png`,
  });
  await (await byRole(page, 'combobox', 'Status')).select('endorsed');
  await fill(page, 'Message to the applicant (optional)', 'Felicidades: su solicitud está respaldada.');
  await (await page.waitForSelector('pierce/section[aria-labelledby="step4-heading"]'))!.screenshot({
    path: new URL('decision.png', OUT).pathname as `${string}.png`,
  });
  console.log(`screenshots written to ${OUT.pathname} and ${REVIEWERS_OUT.pathname}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
