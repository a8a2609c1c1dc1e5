/** Reaching the real engine from a test page, through the same bridge the UI uses. */
import type { Page } from 'playwright-core';
import type { CallResult } from '@shared/contract';

export async function engineCall<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = (await page.evaluate(([n, i]) => window.fenlight.call(n as never, i as never), [
    name,
    input,
  ] as const)) as CallResult<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Waits for a job to succeed (polling jobs.get); throws with the job's message if it did not. */
export async function waitForJob(page: Page, jobId: string): Promise<void> {
  for (let i = 0; i < 2400; i++) {
    const status = await engineCall<{ state: string; kind: string; message: string | null }>(
      page,
      'jobs.get',
      { jobId },
    );
    if (status.state === 'succeeded') return;
    if (status.state !== 'running')
      throw new Error(`${status.kind} ${status.state}: ${status.message ?? ''}`);
    await page.waitForTimeout(250);
  }
  throw new Error('The job did not finish in time.');
}

/** The chart's own count line ("2,029 entities, 4,000 links"), read as numbers. */
export async function chartCounts(page: Page): Promise<{ entities: number; links: number }> {
  const text = await page.getByRole('region', { name: 'Link chart' }).locator('.chart-counts').innerText();
  const match = /([\d,]+) entit(?:y|ies), ([\d,]+) links?/.exec(text);
  if (!match) throw new Error(`The chart's counts read "${text}".`);
  return { entities: Number(match[1]!.replace(/,/g, '')), links: Number(match[2]!.replace(/,/g, '')) };
}
