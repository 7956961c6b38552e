#!/usr/bin/env node
// The SDK in Node, as a host's developer would use it: read an application JSON, show how far it
// is from its category's requirements, validate it, and submit it to a receiver that speaks
// docs/backend.md. It imports the BUILT package (`pnpm build` first), so it also proves that the
// published ESM works in Node 20. It prints no personal data beyond what the applicant typed
// into the file being checked, and never logs the payload.
//
//   node src/cli.mjs <application.json> [--program <id>] [--as-of YYYY-MM-DD] [--locale en|es]
//                    [--dry-run | --url <baseUrl>] [--timeout <ms>] [--retry <n>]
//
// Exit codes: 0 done, 1 not valid or not accepted, 2 bad input or usage, 3 receiver unreachable.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  createEndorsementClient,
  evaluateRequirements,
  isNetworkError,
  isSubmissionError,
  localize,
  memoryStore,
  programs,
  restBackend,
  translate,
  validateApplication,
} from '@endorsement-kit/sdk';

const PROGRAMS = { alliance: programs.alliance, 'first5-alabama': programs.first5Alabama };
const USAGE = `Usage: endorsement-application <application.json> [--program ${Object.keys(PROGRAMS).join('|')}] [--as-of YYYY-MM-DD]
                              [--locale en|es] [--dry-run | --url <receiver base URL>] [--timeout ms] [--retry n]`;

class UsageError extends Error {}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        program: { type: 'string' },
        'as-of': { type: 'string' },
        locale: { type: 'string', default: 'en' },
        'dry-run': { type: 'boolean', default: false },
        url: { type: 'string' },
        timeout: { type: 'string' },
        retry: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) throw new UsageError('Give exactly one application JSON file.');
  if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
    throw new UsageError(`--as-of must be a date YYYY-MM-DD, not "${values['as-of']}".`);
  if (values['dry-run'] && values.url) throw new UsageError('Use either --dry-run or --url, not both.');
  if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url))
    throw new UsageError(`--url must be an http(s) URL, not "${values.url}".`);
  const number = (name) => {
    if (values[name] === undefined) return undefined;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not "${values[name]}".`);
    return n;
  };
  return {
    file: positionals[0],
    ...values,
    asOf: values['as-of'],
    dryRun: values['dry-run'],
    timeout: number('timeout'),
    retry: number('retry'),
  };
}

async function readApplication(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(error.code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${error.message}`);
  }
  try {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the top level must be an object');
    return value;
  } catch (error) {
    throw new UsageError(`${file} is not an application JSON object: ${error.message}`);
  }
}

function pickProgram(id) {
  const program = PROGRAMS[id];
  if (!program)
    throw new UsageError(
      id === undefined
        ? `Say which program: --program ${Object.keys(PROGRAMS).join('|')} (or a "program" key in the file).`
        : `Unknown program "${id}". Known: ${Object.keys(PROGRAMS).join(', ')}.`,
    );
  return program;
}

const mark = (requirement) => (requirement.met ? '[x]' : requirement.later ? '[~]' : '[ ]');

function printProgress(program, application, options) {
  const result = evaluateRequirements(program, application, options);
  if (!result.category) {
    console.log('Requirements: choose a category first (the file has none).');
    return result;
  }
  const counted = result.requirements.filter((r) => !r.later);
  const met = counted.filter((r) => r.met).length;
  console.log(
    `Requirements for ${result.category}${options.asOf ? ` as of ${options.asOf}` : ''}: ${met} of ${counted.length} met${result.met ? ' - ready to apply' : ''}`,
  );
  for (const requirement of result.requirements) console.log(`  ${mark(requirement)} ${requirement.detail}`);
  return result;
}

function printIssues(issues) {
  for (const issue of issues) console.log(`  - ${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`);
}

async function submit(program, application, args) {
  const backend = restBackend({
    baseUrl: args.url,
    ...(args.timeout !== undefined ? { timeout: args.timeout } : {}),
    ...(args.retry !== undefined ? { retry: args.retry } : {}),
  });
  const client = createEndorsementClient({ program, backend, store: memoryStore(), locale: args.locale });
  try {
    const draft = await client.open();
    const { schemaVersion: _version, program: _program, ...answers } = application;
    for (const [key, value] of Object.entries(answers)) draft.set(key, value);
    console.log(`Sending to ${args.url}/applications ...`);
    const receipt = await draft.submit();
    console.log(translate(program, args.locale, 'drafts.submission.sent', { id: receipt.id }));
    console.log(`  received ${receipt.receivedAt}, status "${receipt.status}"`);
    return 0;
  } catch (error) {
    if (isSubmissionError(error) && error.status === 422) {
      console.log(translate(program, args.locale, 'drafts.submission.server-issues', { count: error.issues.length }));
      printIssues(error.issues);
      return 1;
    }
    if (isSubmissionError(error) && error.issues.length > 0) {
      console.log(error.message);
      printIssues(error.issues);
      return 1;
    }
    if (isSubmissionError(error) && error.status !== undefined) {
      console.log(translate(program, args.locale, 'drafts.submission.rejected', { status: error.status }));
      return 1;
    }
    if (isNetworkError(error)) {
      const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
      console.log(`${translate(program, args.locale, 'drafts.submission.network')}\n  (${error.message}${cause})`);
      return 3;
    }
    throw error;
  } finally {
    await client.dispose();
  }
}

async function main(argv = process.argv.slice(2)) {
  try {
    const args = parse(argv);
    if (args.help) {
      console.log(USAGE);
      return 0;
    }
    const application = await readApplication(args.file);
    const program = pickProgram(args.program ?? application.program);
    const options = { locale: args.locale, ...(args.asOf ? { asOf: args.asOf } : {}) };
    console.log(`${localize(program.name, args.locale)} - ${args.file}`);
    printProgress(program, application, options);

    const validation = validateApplication(program, application, options);
    if (!validation.ok) {
      console.log(`Validation: ${translate(program, args.locale, 'drafts.submission.invalid', { count: validation.issues.length })}`);
      printIssues(validation.issues);
      return 1;
    }
    console.log('Validation: the application is valid.');
    if (args.dryRun) {
      console.log(`Dry run: nothing sent (${JSON.stringify(validation.value).length} bytes would go to POST {url}/applications).`);
      return 0;
    }
    if (!args.url) {
      console.log('Nothing sent: pass --url <receiver base URL> to submit, or --dry-run to only check.');
      return 0;
    }
    return await submit(program, application, args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    console.error(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

process.exitCode = await main();
