import { afterEach, describe, expect, it } from 'vitest';

import { ApiError } from '../api/errors.ts';
import { originalFiles } from './index.ts';
import { runJob } from './job-runner.ts';
import { startLab, type LabHarness } from './lab-harness.ts';

const JOB_ID = 'postgres-nomad-demo';
const jobHcl = originalFiles.get('db.nomad') ?? '';

// The proxy's answer when Nomad took longer than its deadline.
const timeoutAnswer = JSON.stringify({
  errors: ['Nomad did not answer within 30 s at http://127.0.0.1:4646'],
  proxyError: 'upstream_timeout',
  backend: 'nomad',
});

let harness: LabHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

describe('runJob after a submit that timed out (F17)', () => {
  it('reads the job instead of submitting it a second time', async () => {
    let isFirstSubmit = true;
    harness = startLab((inner) => async (request) => {
      const response = await inner(request);
      const isSubmit =
        request.method === 'PUT' &&
        new URL(request.url).pathname === '/api/nomad/v1/jobs';
      if (!isSubmit || !isFirstSubmit) return response;
      // Nomad registered the job, but its answer never made it back.
      isFirstSubmit = false;
      return new Response(timeoutAnswer, { status: 504 });
    });

    const first = await runJob({ jobId: JOB_ID, jobHcl }).catch(
      (error: unknown) => error,
    );
    const second = await runJob({ jobId: JOB_ID, jobHcl });

    expect(first).toBeInstanceOf(ApiError);
    expect((first as ApiError).kind).toBe('timeout');
    expect(harness.count('PUT', '/v1/jobs')).toBe(1);
    expect(harness.count('GET', `/v1/job/${JOB_ID}`)).toBe(1);
    expect(second.allocation.ClientStatus).toBe('running');
    expect(second.allocation.JobID).toBe(JOB_ID);
  });

  it('submits again when the timed-out submit never registered', async () => {
    let isFirstSubmit = true;
    harness = startLab((inner) => async (request) => {
      const isSubmit =
        request.method === 'PUT' &&
        new URL(request.url).pathname === '/api/nomad/v1/jobs';
      if (isSubmit && isFirstSubmit) {
        isFirstSubmit = false;
        return new Response(timeoutAnswer, { status: 504 });
      }
      return inner(request);
    });

    await runJob({ jobId: JOB_ID, jobHcl }).catch(() => undefined);
    const second = await runJob({ jobId: JOB_ID, jobHcl });

    expect(harness.count('GET', `/v1/job/${JOB_ID}`)).toBe(1);
    expect(harness.count('PUT', '/v1/jobs')).toBe(2);
    expect(second.allocation.ClientStatus).toBe('running');
  });
});
