import { describe, expect, it } from 'vitest';

import { findStepByRef, stepNumberInPath, stepPath } from './step-paths.ts';

const steps = [
  { number: 1, slug: 'init-vault' },
  { number: 4, slug: 'nomad-server-policy' },
];

describe('step paths', () => {
  it('gives each step a URL with its number and slug', () => {
    expect(stepPath({ number: 4, slug: 'nomad-server-policy' })).toBe(
      '/step/4-nomad-server-policy',
    );
  });

  it('finds a step by number-slug, bare number or bare slug', () => {
    expect(findStepByRef(steps, '4-nomad-server-policy')?.number).toBe(4);
    expect(findStepByRef(steps, '4')?.number).toBe(4);
    expect(findStepByRef(steps, 'init-vault')?.number).toBe(1);
    expect(findStepByRef(steps, '9-missing')).toBeUndefined();
  });

  it('reads the step number from a location', () => {
    expect(stepNumberInPath('/step/4-nomad-server-policy')).toBe(4);
    expect(stepNumberInPath('/steps/12')).toBe(12);
    expect(stepNumberInPath('/')).toBeUndefined();
  });
});
