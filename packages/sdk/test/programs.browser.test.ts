import { expect } from '@open-wc/testing';
import { programs, resolveRules } from '@endorsement-kit/sdk';

describe('programs in the browser', () => {
  it('resolves the rules in force on a date', () => {
    expect(resolveRules(programs.first5Alabama.categories.IMHS!.rules, '2025-01-01').exam).to.equal(false);
    expect(resolveRules(programs.first5Alabama.categories.IMHS!.rules, '2024-06-30').exam).to.equal(true);
  });
});
