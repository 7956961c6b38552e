// renewalPageMessages: the words a renewal page registers instead of the whole catalogs (issue 22,
// point 4: the renewal page's script carries no requirement, reference or draft words). Every word
// its training and RSC lists can show must be there, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CODES, getSteps, programs, renewalPageMessages, validateRenewal } from '@endorsement-kit/sdk';
import { en } from '@endorsement-kit/sdk/en';
import { es } from '@endorsement-kit/sdk/es';

test('renewalPageMessages: every word of the renewal lists, in English and Spanish, and not the application’s other words', () => {
  const messages = renewalPageMessages();
  const keys = new Set<string>();
  for (const program of Object.values(programs))
    for (const code of CODES) {
      if (!program.categories[code]) continue;
      for (const step of getSteps(program, { form: 'application', category: code })) {
        const repeat = step.repeat;
        if (repeat?.path !== 'training' && repeat?.path !== 'rscReceived') continue;
        keys.add(repeat.itemTitleKey).add(repeat.addKey);
        for (const field of repeat.itemFields) {
          keys.add(field.labelKey);
          if (field.hintKey) keys.add(field.hintKey);
          for (const option of field.options ?? []) if (option.labelKey) keys.add(option.labelKey);
        }
      }
    }
  assert.ok(keys.size > 20, `the lists' words were found (${keys.size})`);
  for (const key of [...keys, 'ui.repeat.remove', 'ui.repeat.undo', 'ui.error-prefix', 'fees.pay.link', 'validation.required'])
    for (const [locale, catalog, all] of [
      ['en', messages.en, en],
      ['es', messages.es, es],
    ] as const) {
      assert.ok(all[key] !== undefined, `${key} is a word of the SDK`);
      assert.equal(catalog[key], all[key], `${locale}: ${key}`);
    }
  for (const catalog of [messages.en, messages.es]) {
    assert.equal(
      Object.keys(catalog).filter((key) => /^(requirement|references|drafts|rating)\./.test(key)).length,
      0,
      'no requirement, reference, draft or rating words',
    );
  }
});

test('renewalPageMessages: the renewal’s validation messages, in Spanish, are all there', () => {
  const { es: spanish } = renewalPageMessages();
  const result = validateRenewal(programs.alliance, { training: [{ hours: -1 }], membership: {}, attestations: {} }, { locale: 'es' });
  assert.ok(!result.ok && result.issues.length > 0);
  for (const issue of result.issues) assert.ok(Object.values(spanish).includes(issue.message), `${issue.message} comes from these words`);
});
